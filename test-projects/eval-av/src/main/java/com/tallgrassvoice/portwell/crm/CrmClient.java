package com.tallgrassvoice.portwell.crm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Our CRM: customer accounts, contacts and service addresses. */
public class CrmClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;

    public CrmClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public CrmClient() {
        this(System.getenv().getOrDefault("CRM_BASE_URL", "https://crm.tallgrassvoice.com/api/v1"));
    }

    public String serviceAddresses(String customerAccount) throws IOException, InterruptedException {
        return get(baseUrl + "/accounts/" + customerAccount + "/addresses");
    }

    public String contacts(String customerAccount) throws IOException, InterruptedException {
        return get(String.format("https://crm.tallgrassvoice.com/api/accounts/%s/contacts", customerAccount));
    }

    public String billingAccount(String customerAccount) throws IOException, InterruptedException {
        return get(baseUrl + "/accounts/" + customerAccount + "?fields=billing,areaCode");
    }

    private String get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
