package com.harborline.porting.analytics;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Client for "Iris", Harborline's internal usage-analytics warehouse (no relation to the carrier SDK).
 */
public class IrisClient {

    private final String baseUrl;
    private final String accountId;
    private final String token;
    private final HttpClient http = HttpClient.newHttpClient();

    public IrisClient(String baseUrl, String accountId, String token) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.token = token;
    }

    public void push(String metric, long value) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/accounts/" + accountId + "/metrics/" + metric))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(Long.toString(value)))
                .build();
        http.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
