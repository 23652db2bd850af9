package io.northstarvoice.toolkit.carrier;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Fallback number source on the retired Catapult platform, still used for two legacy
 * customers whose apps were never moved.
 */
public class CatapultNumberSource {

    private static final String AVAILABLE_LOCAL = "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String userId;
    private final String authHeader;

    public CatapultNumberSource(String userId, String authHeader) {
        this.userId = userId;
        this.authHeader = authHeader;
    }

    public String availableLocal(String areaCode, int quantity) throws IOException, InterruptedException {
        URI uri = URI.create(String.format(AVAILABLE_LOCAL, userId, areaCode, quantity));
        return http.send(HttpRequest.newBuilder(uri).header("Authorization", authHeader).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
