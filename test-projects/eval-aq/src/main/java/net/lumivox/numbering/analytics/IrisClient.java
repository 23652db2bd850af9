package net.lumivox.numbering.analytics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client of Iris, the Lumivox analytics warehouse (no relation to the Bandwidth Dashboard).
 */
public class IrisClient {

    private static final String INGEST = "https://iris.analytics.lumivox.net/api/v1/datasets/%s/rows";

    private final String workspace;
    private final String authorization;
    private final HttpClient http = HttpClient.newHttpClient();

    public IrisClient(String workspace, String user, String password) {
        this.workspace = workspace;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public int ingest(String dataset, String ndjson) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(INGEST.formatted(dataset)))
                .header("Authorization", authorization)
                .header("X-Workspace", workspace)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
