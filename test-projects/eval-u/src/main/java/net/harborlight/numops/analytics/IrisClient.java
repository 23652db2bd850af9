package net.harborlight.numops.analytics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Client for "Iris", Harborlight's internal analytics warehouse ingest API. Nothing to do with
 * the Bandwidth SDK class of the same name.
 */
public class IrisClient {

    private static final String INGEST = "https://iris.analytics.harborlight.net/api/v1/datasets/";

    private final String accountId;
    private final String authHeader;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IrisClient(String accountId, String user, String password) {
        this.accountId = accountId;
        this.authHeader = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public int ingest(String dataset, String jsonLines) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(INGEST + dataset + "/rows?tenant=" + accountId))
                .header("Authorization", authHeader)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(jsonLines))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
