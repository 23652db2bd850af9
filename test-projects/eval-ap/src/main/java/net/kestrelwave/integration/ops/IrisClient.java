package net.kestrelwave.integration.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Minimal client for our Iris incident paging service (LinkedIn's open-source Iris, self-hosted).
 * Nothing to do with the Bandwidth Dashboard, which Bandwidth also calls "Iris".
 */
public class IrisClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String apiBase;
    private final String application;
    private final String apiKey;

    public IrisClient(String apiBase, String application, String apiKey) {
        this.apiBase = apiBase;
        this.application = application;
        this.apiKey = apiKey;
    }

    public int page(String plan, String summary) throws Exception {
        String json = "{\"plan\": \"" + plan + "\", \"context\": {\"summary\": \"" + summary.replace("\"", "'") + "\"}}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiBase + "/v0/incidents"))
                .header("Content-Type", "application/json")
                .header("Authorization", "hmac " + application + ":" + apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
