package net.cascadiatel.provisioning.voice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import play.libs.Json;
import play.libs.ws.WSAuthScheme;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

/** Places the activation test call after a number is provisioned. */
@Singleton
public class VoiceCallClient {

    private static final String CALLS_PATH = "/accounts/%s/calls";
    private static final String RECORDINGS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls/%s/recordings";

    private final WSClient ws;
    private final IrisSettings settings;
    private final String baseUrl;

    @Inject
    public VoiceCallClient(WSClient ws, IrisSettings settings, @Named("voice.baseUrl") String baseUrl) {
        this.ws = ws;
        this.settings = settings;
        this.baseUrl = baseUrl;
    }

    public CompletionStage<WSResponse> testCall(String provisionedE164, String answerUrl) {
        ObjectNode body = Json.newObject()
                .put("from", "+15035550100")
                .put("to", provisionedE164)
                .put("applicationId", settings.accountId() + "-activation")
                .put("answerUrl", answerUrl)
                .put("callTimeout", 30);
        return ws.url(baseUrl + CALLS_PATH.formatted(settings.accountId()))
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .setContentType("application/json")
                .post(body);
    }

    public CompletionStage<WSResponse> recordings(String callId) {
        return ws.url(RECORDINGS.formatted(settings.accountId(), callId))
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .get();
    }
}
