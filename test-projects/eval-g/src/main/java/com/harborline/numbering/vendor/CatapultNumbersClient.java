package com.harborline.numbering.vendor;

import com.harborline.numbering.util.HttpSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Legacy Catapult (Bandwidth App Platform) number search, still used by the
 * two tenants on the old voice platform until their contracts end.
 */
public class CatapultNumbersClient {

    static final String CATAPULT_BASE = "https://api.catapult.inetwork.com/v1";

    private final String userId;
    private final String token;
    private final String secret;
    private final HttpClient http = HttpClient.newHttpClient();

    public CatapultNumbersClient(String userId, String token, String secret) {
        this.userId = userId;
        this.token = token;
        this.secret = secret;
    }

    public String searchLocal(String areaCode, int quantity) throws IOException, InterruptedException {
        String url = CATAPULT_BASE + "/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode
                + "&quantity=" + quantity;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", HttpSupport.basicAuth(token, secret))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
