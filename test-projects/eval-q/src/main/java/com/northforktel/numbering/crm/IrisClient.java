package com.northforktel.numbering.crm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/**
 * REST client for Iris CRM, where customer care keeps customer and line records.
 */
public class IrisClient {

    private static final String BASE = "https://northforktel.iriscrm.example/api/v1";

    private final String accountId;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public IrisClient(String accountId, String username, String password) {
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Line ids in the CRM are the 11-digit number, as billing uses them. */
    public CompletableFuture<Integer> pushLineUpdate(String lineId, String status) {
        return post(BASE + "/accounts/" + accountId + "/lines/" + lineId + "/status",
                "{\"status\":\"" + status + "\"}");
    }

    public CompletableFuture<Integer> upsertServiceAddress(String customerId, String json) {
        return post(BASE + "/accounts/" + accountId + "/addresses?customer=" + customerId, json);
    }

    private CompletableFuture<Integer> post(String url, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }
}
