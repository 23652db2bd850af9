package net.cobaltline.numbers.external;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The old Catapult number search, still used for the handful of legacy retail customers
 * whose numbers live on the Catapult account.
 */
public class CatapultClient {

    private static final String BASE = "https://api.catapult.inetwork.com/v1";

    private final HttpClient http;
    private final String userId;
    private final String authorization;

    public CatapultClient(HttpClient http, String userId, String authorization) {
        this.http = http;
        this.userId = userId;
        this.authorization = authorization;
    }

    public String searchLocal(int areaCode, int quantity) throws IOException, InterruptedException {
        String url = BASE + "/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode + "&quantity=" + quantity;
        return http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
