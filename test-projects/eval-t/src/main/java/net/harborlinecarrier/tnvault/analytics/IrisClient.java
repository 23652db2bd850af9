package net.harborlinecarrier.tnvault.analytics;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client of "Iris", Harborline's internal analytics warehouse (named long before we bought
 * numbers from Bandwidth). Not related to the Bandwidth Iris SDK.
 */
public class IrisClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String endpoint;
    private final String tenant;
    private final String authorization;
    private final String apiVersion;

    public IrisClient(String endpoint, String tenant, String user, String password, String apiVersion) {
        this.endpoint = endpoint;
        this.tenant = tenant;
        this.apiVersion = apiVersion;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public void ingest(String dataset, String jsonLines) throws IOException, InterruptedException {
        URI uri = URI.create(endpoint + "/" + apiVersion + "/tenants/" + tenant + "/datasets/" + dataset + "/rows");
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(jsonLines))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
