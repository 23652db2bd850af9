package com.pinecrestcomm.qa.numbers.portal;

import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

/**
 * Local-number search on the old Catapult (application platform) API. Only the legacy voice
 * app uses it; it has nothing to do with the Dashboard account.
 */
public class CatapultNumbersClient {

    private static final String CATAPULT_BASE = "https://api.catapult.inetwork.com/v1";

    private final RestClient http;
    private final String userId;

    public CatapultNumbersClient(RestClient.Builder builder, String userId, String token, String secret) {
        this.http = builder.baseUrl(CATAPULT_BASE)
                .defaultHeaders(h -> h.setBasicAuth(token, secret))
                .build();
        this.userId = userId;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> searchLocal(String areaCode, int quantity) {
        return http.get()
                .uri("/users/{userId}/availableNumbers/local?areaCode={areaCode}&quantity={quantity}",
                        userId, areaCode, quantity)
                .retrieve()
                .body(List.class);
    }
}
