package net.cobaltline.numbers.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Carrier lookup before accepting a port-in (Bandwidth phone number lookup API). */
public class NumberLookupClient {

    private static final String LOOKUPS = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";

    private final HttpClient http;
    private final String accountId;
    private final String bearer;

    public NumberLookupClient(HttpClient http, String accountId, String bearer) {
        this.http = http;
        this.accountId = accountId;
        this.bearer = bearer;
    }

    public String startLookup(String tenDigit) throws IOException, InterruptedException {
        String body = "{\"phoneNumbers\": [\"+1" + tenDigit + "\"]}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(LOOKUPS.formatted(accountId)))
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    public String result(String requestId) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(LOOKUPS.formatted(accountId) + "/" + requestId))
                .header("Authorization", "Bearer " + bearer)
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
