package com.northwind.numbers.catapult;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Fallback search on the legacy Catapult API for the two wholesale accounts still there.
 */
@Component
public class CatapultNumberSearch {

    private final RestTemplate rest = new RestTemplate();
    private final String baseUrl;
    private final String userId;

    public CatapultNumberSearch(@Value("${catapult.base-url:https://api.catapult.inetwork.com/v1}") String baseUrl,
                                @Value("${catapult.user-id}") String userId) {
        this.baseUrl = baseUrl;
        this.userId = userId;
    }

    public String localNumbers(int areaCode, int quantity) {
        String url = UriComponentsBuilder.fromHttpUrl(baseUrl)
                .path("/users/{userId}/availableNumbers/local")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .buildAndExpand(userId)
                .toUriString();
        return rest.getForObject(url, String.class);
    }

    public String localNumbersLegacy(String areaCode) {
        return rest.getForObject("https://api.catapult.inetwork.com/v1/users/" + userId
                + "/availableNumbers/local?areaCode=" + areaCode, String.class);
    }
}
