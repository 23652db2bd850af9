package net.kestreltel.portdesk.legacy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Number search on the old Catapult API, kept for the white-label partner that still uses it. */
public class CatapultNumberSearch {

    private static final String AVAILABLE_LOCAL =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String userId;
    private final String token;

    public CatapultNumberSearch(String userId, String token) {
        this.userId = userId;
        this.token = token;
    }

    public String search(int areaCode, int quantity) throws Exception {
        String url = AVAILABLE_LOCAL.formatted(userId, URLEncoder.encode(Integer.toString(areaCode), StandardCharsets.UTF_8), quantity);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
