package com.harborline.numbering.messaging;

import com.harborline.numbering.util.HttpSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Carrier lookup before porting, and toll-free verification webhooks.
 */
public class NumberLookupClient {

    static final String LOOKUP_URL = "https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup";
    static final String TFV_SUBSCRIPTIONS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final String accountId;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newHttpClient();

    public NumberLookupClient(String accountId, String user, String password) {
        this.accountId = accountId;
        this.user = user;
        this.password = password;
    }

    public String lookup(String e164) throws IOException, InterruptedException {
        String body = "{\"phoneNumbers\":[\"" + e164 + "\"]}";
        return post(LOOKUP_URL.formatted(accountId), body);
    }

    public String subscribeTollFreeVerification(String callbackUrl) throws IOException, InterruptedException {
        return post(TFV_SUBSCRIPTIONS.formatted(accountId), "{\"callbackUrl\":\"" + callbackUrl + "\"}");
    }

    private String post(String url, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", HttpSupport.basicAuth(user, password))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
