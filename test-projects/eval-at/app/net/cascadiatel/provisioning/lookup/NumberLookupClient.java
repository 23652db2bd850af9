package net.cascadiatel.provisioning.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.IrisSettings;
import play.libs.Json;
import play.libs.ws.WSAuthScheme;
import play.libs.ws.WSClient;
import play.libs.ws.WSResponse;

/** Carrier lookups before a port-in, and the toll-free verification webhook registration. */
@Singleton
public class NumberLookupClient {

    private static final String LOOKUP = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";
    private static final String TFV_WEBHOOKS = "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final WSClient ws;
    private final IrisSettings settings;

    @Inject
    public NumberLookupClient(WSClient ws, IrisSettings settings) {
        this.ws = ws;
        this.settings = settings;
    }

    public CompletionStage<JsonNode> lookup(List<String> e164Numbers) {
        ObjectNode body = Json.newObject();
        e164Numbers.forEach(body.putArray("phoneNumbers")::add);
        return ws.url(LOOKUP.formatted(settings.accountId()))
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .post(body)
                .thenApply(WSResponse::asJson);
    }

    /** Lines with a carrier of record other than us are candidates for a port-in offer. */
    public CompletionStage<Boolean> isWireless(String e164) {
        return lookup(List.of(e164)).thenApply(json -> {
            JsonNode result = json.path("data").path("results").path(0);
            String lineType = result.path("lineType").asText("");
            String tn = result.path("phoneNumber").asText("");
            return "wireless".equalsIgnoreCase(lineType) && tn.length() == 12;
        });
    }

    public CompletionStage<WSResponse> registerTollFreeWebhook(String callbackUrl) {
        ObjectNode body = Json.newObject().put("callbackUrl", callbackUrl);
        return ws.url(TFV_WEBHOOKS.formatted(settings.accountId()))
                .setAuth(settings.username(), settings.password(), WSAuthScheme.BASIC)
                .post(body);
    }
}
