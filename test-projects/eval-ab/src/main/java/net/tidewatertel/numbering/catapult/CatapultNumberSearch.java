package net.tidewatertel.numbering.catapult;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Number search on the legacy Catapult platform; still used for the prepaid brand's
 * "pick your number" page until that brand is folded into the main account.
 */
@Component
public class CatapultNumberSearch {

    private static final String LOCAL_SEARCH =
            "https://api.catapult.inetwork.com/v1/users/{userId}/availableNumbers/local?areaCode={areaCode}&quantity={quantity}";

    private final RestClient restClient;
    private final String userId;

    public CatapultNumberSearch(RestClient.Builder builder,
                                @Value("${tidewater.catapult.user-id:u-prepaid}") String userId,
                                @Value("${tidewater.catapult.token:}") String token,
                                @Value("${tidewater.catapult.secret:}") String secret) {
        this.userId = userId;
        this.restClient = builder.clone()
                .defaultHeaders(h -> h.setBasicAuth(token, secret))
                .build();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> local(int areaCode, int quantity) {
        return restClient.get()
                .uri(LOCAL_SEARCH, userId, areaCode, quantity)
                .retrieve()
                .body(List.class);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> tollFree(String pattern) {
        return restClient.get()
                .uri(b -> b.scheme("https").host("api.catapult.inetwork.com")
                        .path("/v1/users/{userId}/availableNumbers/tollFree")
                        .queryParam("pattern", pattern)
                        .queryParam("quantity", 5)
                        .build(userId))
                .retrieve()
                .body(List.class);
    }
}
