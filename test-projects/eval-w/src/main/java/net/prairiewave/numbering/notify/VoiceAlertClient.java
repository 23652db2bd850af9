package net.prairiewave.numbering.notify;

import io.helidon.common.http.MediaType;
import io.helidon.webclient.WebClient;
import jakarta.json.Json;

/** Places a robocall to the NOC bridge when the E911 sync fails twice in a row (Bandwidth voice API). */
public class VoiceAlertClient {

    private static final String VOICE_BASE = "https://voice.bandwidth.com/api/v2/accounts/";

    private final WebClient client;
    private final String voiceAccountId;
    private final String applicationId;

    public VoiceAlertClient(WebClient client, String voiceAccountId, String applicationId) {
        this.client = client;
        this.voiceAccountId = voiceAccountId;
        this.applicationId = applicationId;
    }

    public void callBridge(String bridgeNumberE164, String answerUrl) {
        String body = Json.createObjectBuilder()
                .add("from", "+16053310480")
                .add("to", bridgeNumberE164)
                .add("applicationId", applicationId)
                .add("answerUrl", answerUrl)
                .add("callTimeout", 30)
                .build()
                .toString();
        client.post()
                .uri(VOICE_BASE + voiceAccountId + "/calls")
                .contentType(MediaType.APPLICATION_JSON)
                .submit(body, String.class)
                .await();
    }
}
