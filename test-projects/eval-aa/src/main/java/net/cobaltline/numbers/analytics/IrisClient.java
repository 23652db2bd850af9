package net.cobaltline.numbers.analytics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client for Iris, the data platform's ingest service (internal; named long before we
 * used any vendor API). Accepts newline-delimited JSON per dataset.
 */
public class IrisClient {

    private static final String INGEST = "https://iris.cobaltline.net/api/v1/ingest/accounts/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;
    private final String authorization;

    public IrisClient(String accountId, String user, String password) {
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public int ingest(String dataset, String ndjson) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(INGEST + accountId + "/datasets/" + dataset))
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
