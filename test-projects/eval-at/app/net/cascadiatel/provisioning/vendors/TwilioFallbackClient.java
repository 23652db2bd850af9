package net.cascadiatel.provisioning.vendors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import play.libs.ws.WSAuthScheme;
import play.libs.ws.WSClient;

/** Secondary supplier when the Dashboard has no stock in a rate center. */
@Singleton
public class TwilioFallbackClient {

    private static final String LOCAL = "https://api.twilio.com/2010-04-01/Accounts/%s/AvailablePhoneNumbers/US/Local.json";
    private static final String INCOMING = "https://api.twilio.com/2010-04-01/Accounts/%s/IncomingPhoneNumbers.json";

    private final WSClient ws;
    private final String sid;
    private final String authToken;

    @Inject
    public TwilioFallbackClient(WSClient ws) {
        this.ws = ws;
        this.sid = System.getenv().getOrDefault("TWILIO_ACCOUNT_SID", "");
        this.authToken = System.getenv().getOrDefault("TWILIO_AUTH_TOKEN", "");
    }

    public CompletionStage<List<String>> search(String areaCode) {
        return ws.url(LOCAL.formatted(sid))
                .addQueryParameter("AreaCode", areaCode)
                .addQueryParameter("VoiceEnabled", "true")
                .setAuth(sid, authToken, WSAuthScheme.BASIC)
                .get()
                .thenApply(r -> {
                    List<String> found = new ArrayList<>();
                    for (JsonNode n : r.asJson().path("available_phone_numbers")) {
                        found.add(n.path("phone_number").asText());
                    }
                    return found;
                });
    }

    public CompletionStage<String> buy(String e164) {
        return ws.url(INCOMING.formatted(sid))
                .setAuth(sid, authToken, WSAuthScheme.BASIC)
                .setContentType("application/x-www-form-urlencoded")
                .post("PhoneNumber=" + e164.replace("+", "%2B"))
                .thenApply(r -> r.asJson().path("sid").asText());
    }
}
