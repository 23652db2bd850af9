package com.cascadia.numprov.lookup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Carrier lookup before accepting a port-in request (Bandwidth Number Lookup, not the Dashboard). */
public class NumberLookupClient {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String accountId;
    private final String authorization;

    public NumberLookupClient(String baseUrl, String accountId, String authorization) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.authorization = authorization;
    }

    public String startLookup(String e164Number) throws IOException, InterruptedException {
        String json = "{\"tns\":[\"" + e164Number + "\"]}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/accounts/" + accountId + "/tnlookup"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
