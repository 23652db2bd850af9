package net.tidewatertel.numbering.billing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Client for IRIS, the in-house rating and invoicing system ("Integrated Rating &amp; Invoicing
 * System", 2009). Not related to Bandwidth's "Iris" Dashboard API, despite the name.
 */
public class IrisClient {

    private static final String DEFAULT_URI = "https://iris.billing.tidewatertel.net";
    private static final String DEFAULT_VERSION = "v1.0";

    private final String uri;
    private final String accountId;
    private final String authorization;
    private final String version;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IrisClient(String accountId, String userName, String password) {
        this(DEFAULT_URI, accountId, userName, password, DEFAULT_VERSION);
    }

    public IrisClient(String uri, String accountId, String userName, String password, String version) {
        this.uri = uri;
        this.accountId = accountId;
        this.version = version;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a CSV batch of usage/number records; returns the batch id. */
    public String postBatch(String kind, String csv) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri + "/" + version + "/accounts/" + accountId + "/" + kind))
                .header("Authorization", authorization)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("IRIS rejected batch: " + response.statusCode());
        }
        return response.body().trim();
    }
}
