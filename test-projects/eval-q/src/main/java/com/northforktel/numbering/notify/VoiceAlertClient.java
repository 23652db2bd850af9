package com.northforktel.numbering.notify;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;

/**
 * Places a robocall to the NOC on-call phone when number provisioning is stuck.
 */
@Singleton
public class VoiceAlertClient {

    private final WebClient client;
    private final String voiceAccountId;
    private final String applicationId;
    private final String onCallNumber;
    private final String user;
    private final String password;

    @Inject
    public VoiceAlertClient(WebClient client,
                            @Named("voice.accountId") String voiceAccountId,
                            @Named("voice.applicationId") String applicationId,
                            @Named("voice.onCallNumber") String onCallNumber,
                            @Named("voice.username") String user,
                            @Named("voice.password") String password) {
        this.client = client;
        this.voiceAccountId = voiceAccountId;
        this.applicationId = applicationId;
        this.onCallNumber = onCallNumber;
        this.user = user;
        this.password = password;
    }

    public Future<String> page(String reason) {
        JsonObject call = new JsonObject()
                .put("from", "+18445550191")
                .put("to", onCallNumber)
                .put("applicationId", applicationId)
                .put("answerUrl", "https://numbering.northforktel.example/api/voice/alert-answer?reason=" + reason)
                .put("callTimeout", 30);
        return client.postAbs("https://voice.bandwidth.com/api/v2/accounts/" + voiceAccountId + "/calls")
                .basicAuthentication(user, password)
                .sendJsonObject(call)
                .map(resp -> resp.bodyAsJsonObject().getString("callId"));
    }
}
