package com.bluepinenet.cdrpipeline.legacy;

import java.util.List;
import java.util.Map;

import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * The reseller tenant still lives on the old Catapult platform; its pools are searched there.
 * To be removed with the reseller migration (NETOPS-1870).
 */
@Component
public class CatapultNumberSearch {

    private static final String LOCAL_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=%d&quantity=%d";

    private final RestTemplate rest;
    private final String userId;

    public CatapultNumberSearch(RestTemplateBuilder builder,
                                @Value("${catapult.user-id:}") String userId,
                                @Value("${catapult.token:}") String token,
                                @Value("${catapult.secret:}") String secret) {
        this.rest = builder.basicAuthentication(token, secret).build();
        this.userId = userId;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> search(int areaCode, int quantity) {
        return rest.getForObject(String.format(LOCAL_SEARCH, userId, areaCode, quantity), List.class);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> searchTollFree(int quantity) {
        return rest.getForObject("https://api.catapult.inetwork.com/v1/users/{userId}/availableNumbers/tollFree?quantity={q}",
                List.class, Map.of("userId", userId, "q", quantity));
    }
}
