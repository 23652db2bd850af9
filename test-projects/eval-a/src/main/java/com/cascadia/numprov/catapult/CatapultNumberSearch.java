package com.cascadia.numprov.catapult;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Number search on the old Catapult platform, still used by the white-label reseller tenant.
 */
public class CatapultNumberSearch {

    private static final String CATAPULT = "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local";
    private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"(\\+1\\d{10})\"");

    private final HttpClient client = HttpClient.newHttpClient();
    private final String userId;
    private final String authorization;

    public CatapultNumberSearch(String userId, String authorization) {
        this.userId = userId;
        this.authorization = authorization;
    }

    public List<String> local(int areaCode, int quantity) throws IOException, InterruptedException {
        String url = String.format(CATAPULT, userId) + "?areaCode=" + areaCode + "&quantity=" + quantity;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .GET()
                .build();
        String json = client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(json);
        while (m.find()) {
            numbers.add(m.group(1));
        }
        return numbers;
    }
}
