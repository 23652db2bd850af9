package net.halyardcomm.backoffice.bwapis;

import java.io.IOException;

import net.halyardcomm.backoffice.http.BasicAuth;

/** Places the E911 test call after a number is activated (Bandwidth Voice API v2). */
public class VoiceCallbackClient {

    private static final String VOICE_BASE = "https://voice.bandwidth.com/api/v2/accounts/";

    private final String accountId;
    private final String applicationId;
    private final BasicAuth auth;

    public VoiceCallbackClient(String accountId, String applicationId, BasicAuth auth) {
        this.accountId = accountId;
        this.applicationId = applicationId;
        this.auth = auth;
    }

    public String testCall(String fromE164, String answerUrl) throws IOException {
        String json = "{\"from\":\"" + fromE164 + "\",\"to\":\"+19195550933\",\"applicationId\":\"" + applicationId
                + "\",\"answerUrl\":\"" + answerUrl + "\",\"callTimeout\":30}";
        return JsonPost.send("POST", VOICE_BASE + accountId + "/calls", auth, json);
    }
}
