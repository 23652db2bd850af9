package net.tidewaterconnect.numbering.legacy;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The Harbor Mobile sub-brand still runs on the old Catapult account until its contract ends.
 * Catapult numbers are searched and ordered through its own API, not the Dashboard.
 */
@Component
public class CatapultNumberClient {

    private static final String CATAPULT_BASE = "https://api.catapult.inetwork.com/v1";

    private final RestClient catapult;
    private final String userId;

    public CatapultNumberClient(RestClient.Builder builder,
            @Value("${tidewater.catapult.user-id}") String userId,
            @Value("${tidewater.catapult.token}") String token,
            @Value("${tidewater.catapult.secret}") String secret) {
        this.catapult = builder.clone()
                .baseUrl(CATAPULT_BASE)
                .defaultHeaders(h -> h.setBasicAuth(token, secret))
                .build();
        this.userId = userId;
    }

    public List<Map<String, Object>> searchLocal(String areaCode, int quantity) {
        return catapult.get()
                .uri(b -> b.path("/users/{userId}/availableNumbers/local")
                        .queryParam("areaCode", areaCode)
                        .queryParam("quantity", quantity)
                        .build(userId))
                .retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    public List<Map<String, Object>> searchLocalRaw(String areaCode) {
        return catapult.get()
                .uri(CATAPULT_BASE + "/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode)
                .retrieve()
                .body(new ParameterizedTypeReference<>() { });
    }

    public void order(String number) {
        catapult.post()
                .uri("/users/{userId}/phoneNumbers", userId)
                .body(Map.of("number", number, "applicationId", "a-harbor-mobile"))
                .retrieve()
                .toBodilessEntity();
    }
}
