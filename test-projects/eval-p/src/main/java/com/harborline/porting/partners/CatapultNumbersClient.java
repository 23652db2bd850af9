package com.harborline.porting.partners;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

/**
 * Old Catapult account still used for the fax line pool.
 */
@Singleton
public class CatapultNumbersClient {

    private static final String AVAILABLE_LOCAL =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%s&quantity=%d";

    private final HttpClient http;

    public CatapultNumbersClient(@Client("https://api.catapult.inetwork.com") HttpClient http) {
        this.http = http;
    }

    public String searchLocal(String userId, String areaCode, int quantity) {
        return http.toBlocking().retrieve(HttpRequest.GET(AVAILABLE_LOCAL.formatted(userId, areaCode, quantity)));
    }
}
