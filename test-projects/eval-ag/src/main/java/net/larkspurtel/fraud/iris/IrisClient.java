package net.larkspurtel.fraud.iris;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.util.Map;

/**
 * Client for "Iris", the risk team's fraud-scoring service (no relation to Bandwidth's Iris).
 * Bulk number orders are scored before they are placed.
 */
public class IrisClient {

    private static final String DEFAULT_ENDPOINT = "https://iris.risk.larkspurtel.net/api/v1/score";

    private final HttpRequestFactory requestFactory;
    private final String endpoint;
    private final String tenantId;
    private final Gson gson = new Gson();

    public IrisClient(String tenantId, String apiUser, String apiKey) {
        this(DEFAULT_ENDPOINT, tenantId, apiUser, apiKey);
    }

    public IrisClient(String endpoint, String tenantId, String apiUser, String apiKey) {
        this.endpoint = endpoint;
        this.tenantId = tenantId;
        this.requestFactory = new NetHttpTransport().createRequestFactory(
                r -> r.getHeaders().setBasicAuthentication(apiUser, apiKey));
    }

    /** Score between 0 (fine) and 100 (block). */
    public int score(String customerId, String action, int quantity) throws IOException {
        String json = gson.toJson(Map.of("tenant", tenantId, "customer", customerId, "action", action,
                "quantity", quantity));
        HttpRequest request = requestFactory.buildPostRequest(new GenericUrl(endpoint),
                ByteArrayContent.fromString("application/json", json));
        JsonObject answer = gson.fromJson(request.execute().parseAsString(), JsonObject.class);
        return answer.get("score").getAsInt();
    }
}
