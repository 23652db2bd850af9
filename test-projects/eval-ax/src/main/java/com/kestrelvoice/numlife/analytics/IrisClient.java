package com.kestrelvoice.numlife.analytics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Minimal client for Iris Analytics, the product-usage warehouse the data team runs.
 * Unrelated to the Bandwidth "Iris" API despite the name.
 */
public class IrisClient {

    private static final String DEFAULT_ENDPOINT = "https://ingest.iris-analytics.io/api/v1/events";

    private final String tenant;
    private final String authorization;
    private final String endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public IrisClient(String tenant, String apiKey, String apiSecret) {
        this(DEFAULT_ENDPOINT, tenant, apiKey, apiSecret);
    }

    public IrisClient(String endpoint, String tenant, String apiKey, String apiSecret) {
        this.endpoint = endpoint;
        this.tenant = tenant;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((apiKey + ":" + apiSecret).getBytes(StandardCharsets.UTF_8));
    }

    public int send(String jsonEvent) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?tenant=" + tenant))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonEvent))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
