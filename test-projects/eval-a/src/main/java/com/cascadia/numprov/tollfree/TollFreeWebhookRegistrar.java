package com.cascadia.numprov.tollfree;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Registers our webhook for toll-free verification status changes. */
public class TollFreeWebhookRegistrar {

    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    public TollFreeWebhookRegistrar(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public int register(String accountId, String callbackUrl, String authorization)
            throws IOException, InterruptedException {
        String url = baseUrl + "/accounts/" + accountId + "/tollFreeVerification/webhooks/subscriptions";
        String json = "{\"basicAuthentication\":null,\"callbackUrl\":\"" + callbackUrl + "\",\"sharedSecretKey\":null}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    public static TollFreeWebhookRegistrar production() {
        return new TollFreeWebhookRegistrar("https://api.bandwidth.com/api/v2");
    }
}
