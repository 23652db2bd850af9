package net.cascadiatel.provisioning.messaging;

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

/** Sends service texts through the Bandwidth messaging API. */
@Singleton
public class SmsNotifier {

    private static final String MESSAGES = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String PROVISIONING_LINE = "+15035550188";

    private final WSClient ws;
    private final IrisSettings settings;
    private final String applicationId;
    private final String baseUrl;

    @Inject
    public SmsNotifier(WSClient ws, IrisSettings settings, @Named("messaging.applicationId") String applicationId,
                       @Named("messaging.baseUrl") String baseUrl) {
        this.ws = ws;
        this.settings = settings;
        this.applicationId = applicationId;
        this.baseUrl = baseUrl;
    }

    public CompletionStage<WSResponse> send(String to, String text) {
        ObjectNode body = Json.newObject()
                .put("applicationId", applicationId)
                .put("from", PROVISIONING_LINE)
                .put("text", text);
        body.putArray("to").add(to);
        return ws.url(String.format(MESSAGES, settings.accountId()))
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .setContentType("application/json")
                .post(body);
    }

    public CompletionStage<WSResponse> sendHelp(String to) {
        return send(to, "Cascadia Telecom: reply STOP to opt out. Support: 503-555-0100.");
    }

    public CompletionStage<WSResponse> media(String mediaName) {
        return ws.url(baseUrl + "/users/" + settings.accountId() + "/media/" + mediaName)
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .get();
    }
}
