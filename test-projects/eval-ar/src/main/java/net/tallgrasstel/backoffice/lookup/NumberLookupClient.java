package net.tallgrasstel.backoffice.lookup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Carrier lookup before accepting a port request (is the number wireless? who holds it?), and the
 * toll-free verification webhook registration.
 */
public class NumberLookupClient {

    private static final String LOOKUP_BASE = "https://api.bandwidth.com/v2";
    private static final String TFV_WEBHOOKS = "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final String accountId;

    public NumberLookupClient(OkHttpClient http, String accountId) {
        this.http = http;
        this.accountId = accountId;
    }

    public String startLookup(List<String> e164Numbers) throws IOException {
        String body = json.writeValueAsString(Map.of("phoneNumbers", e164Numbers));
        JsonNode response = post(LOOKUP_BASE + "/accounts/" + accountId + "/phoneNumberLookup", body);
        return response.path("requestId").asText();
    }

    public JsonNode lookupResult(String requestId) throws IOException {
        Request request = new Request.Builder()
                .url(LOOKUP_BASE + "/accounts/" + accountId + "/phoneNumberLookup/" + requestId)
                .get()
                .build();
        try (Response response = http.newCall(request).execute()) {
            return json.readTree(response.body() == null ? "{}" : response.body().string());
        }
    }

    public JsonNode registerTollFreeWebhook(String callbackUrl) throws IOException {
        String body = json.writeValueAsString(Map.of("callbackUrl", callbackUrl));
        return post(String.format(TFV_WEBHOOKS, accountId), body);
    }

    private JsonNode post(String url, String body) throws IOException {
        Request request = new Request.Builder().url(url).post(RequestBody.create(body, JSON)).build();
        try (Response response = http.newCall(request).execute()) {
            return json.readTree(response.body() == null ? "{}" : response.body().string());
        }
    }
}
