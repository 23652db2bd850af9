package com.northwind.numbers.fraud;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client of "Iris", our risk team's internal fraud-scoring service (no relation to Bandwidth's
 * Dashboard API, which the Bandwidth SDK also calls Iris).
 */
public class IrisClient {

    private static final String DEFAULT_URI = "https://iris.risk.northwind-internal.example/api";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String uri;
    private final String accountId;
    private final String authHeader;

    public IrisClient(String accountId, String userName, String password) {
        this(DEFAULT_URI, accountId, userName, password, "v1.0");
    }

    public IrisClient(String uri, String accountId, String userName, String password, String version) {
        this.uri = uri + "/" + version;
        this.accountId = accountId;
        this.authHeader = "Basic " + Base64.getEncoder()
                .encodeToString((userName + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public int score(String customerId, String requestedTn) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(uri + "/accounts/" + accountId + "/scores?customer=" + customerId
                                + "&tn=" + requestedTn))
                .header("Authorization", authHeader)
                .GET()
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return Integer.parseInt(response.body().trim());
    }
}
