package com.cascadia.numprov.inventory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Client for IRIS, our Internal Resource Inventory System (the billing-side record of which
 * customer owns which number). Unrelated to Bandwidth's "Iris" Dashboard API despite the name.
 */
public class IrisClient {

    private static final String DEFAULT_URL = "https://iris.cascadia.internal/api";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String tenant;
    private final String authorization;

    public IrisClient(String tenant, String user, String password) {
        this(DEFAULT_URL, tenant, user, password);
    }

    public IrisClient(String baseUrl, String tenant, String user, String password) {
        this.baseUrl = baseUrl;
        this.tenant = tenant;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String numbersOfCustomer(String customerId) throws IOException, InterruptedException {
        return get(baseUrl + "/tenants/" + tenant + "/customers/" + customerId + "/numbers");
    }

    public String addresses(String customerId) throws IOException, InterruptedException {
        return get(baseUrl + "/accounts/" + customerId + "/addresses");
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
