package net.cobaltline.numbers.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Registers our webhook for toll-free verification status changes. */
public class TollFreeVerificationClient {

    private final HttpClient http;
    private final String accountId;
    private final String bearer;

    public TollFreeVerificationClient(HttpClient http, String accountId, String bearer) {
        this.http = http;
        this.accountId = accountId;
        this.bearer = bearer;
    }

    public int subscribe(String callbackUrl) throws IOException, InterruptedException {
        URI uri = URI.create("https://api.bandwidth.com/api/v2/accounts/" + accountId
                + "/tollFreeVerification/webhooks/subscriptions");
        String body = "{\"callbackUrl\": \"" + callbackUrl + "\"}";
        return http.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
