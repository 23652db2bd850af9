package net.kestrelwave.numops.external;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** Bandwidth phone number lookup (carrier and line type) and toll-free verification webhooks. */
public class NumberLookupClient {

    private static final String LOOKUP = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";
    private static final String TFV_WEBHOOKS = "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final String accountId;
    private final String bearerToken;

    public NumberLookupClient(String accountId, String bearerToken) {
        this.accountId = accountId;
        this.bearerToken = bearerToken;
    }

    /** Carrier name and the NPA reported by the lookup service for an E.164 number. */
    public Map<String, String> carrierOf(String e164) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("phoneNumbers", List.of(e164)));
        HttpResponse<String> response = http.send(request(String.format(LOOKUP, accountId), body),
                HttpResponse.BodyHandlers.ofString());
        JsonNode result = json.readTree(response.body()).path("data").path("results").path(0);
        String number = result.path("phoneNumber").asText();
        String npa = number.substring(2, 5);
        return Map.of("carrier", result.path("carrierName").asText(), "npa", npa);
    }

    public int subscribeTollFreeWebhook(String callbackUrl) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("basicAuthentication", Map.of(), "callbackUrl", callbackUrl));
        return http.send(request(String.format(TFV_WEBHOOKS, accountId), body), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private HttpRequest request(String url, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + bearerToken)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
