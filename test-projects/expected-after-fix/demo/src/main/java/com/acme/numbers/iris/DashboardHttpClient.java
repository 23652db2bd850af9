package com.acme.numbers.iris;

import com.acme.numbers.config.IrisPaths;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Raw HTTP calls to the Dashboard API. */
public class DashboardHttpClient {
    private static final String BASE = "https://dashboard.bandwidth.com/api/v2";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String accountId;

    public DashboardHttpClient(String accountId) {
        this.accountId = accountId;
    }

    public String e911Addresses() throws Exception {
        // GET /accounts/{id}/addresses lists E911 addresses in v1
        String url = BASE + "/accounts/" + accountId + "/e911Addresses";
        return get(url);
    }

    public String e911Address(String addressId) throws Exception {
        return get(String.format("%s/accounts/%s/e911Addresses/%s", BASE, accountId, addressId));
    }

    public String importOrders() throws Exception {
        return get(IrisPaths.DASHBOARD_HOST + "/api/v2/accounts/" + accountId + IrisPaths.IMPORT_ORDERS);
    }

    public String externalTns() throws Exception {
        return get(BASE + "/accounts/" + accountId + "/externalTns");
    }

    public String order(String orderId) throws Exception {
        System.out.println("Fetching order from https://dashboard.bandwidth.com/api/accounts/" + accountId + "/orders");
        return get(BASE + "/accounts/" + accountId + "/orders/" + orderId);
    }

    private String get(String url) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }
}
