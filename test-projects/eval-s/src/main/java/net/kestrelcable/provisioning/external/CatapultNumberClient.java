package net.kestrelcable.provisioning.external;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The old Catapult account still holds the numbers of the 2016 "Kestrel Talk" app users.
 * Read-only; scheduled for shutdown with the app.
 */
@Component
public class CatapultNumberClient {

    private static final String AVAILABLE_LOCAL =
            "https://api.catapult.inetwork.com/v1/users/{userId}/availableNumbers/local?areaCode={areaCode}&quantity={quantity}";

    private final RestClient restClient;
    private final String userId;

    public CatapultNumberClient(RestClient.Builder builder,
                                @Value("${kestrel.catapult.user-id:u-kestreltalk}") String userId,
                                @Value("${kestrel.catapult.token:}") String token,
                                @Value("${kestrel.catapult.secret:}") String secret) {
        this.userId = userId;
        this.restClient = builder.clone()
                .defaultHeaders(h -> h.setBasicAuth(token, secret))
                .build();
    }

    public List<Map<String, Object>> availableLocal(String areaCode, int quantity) {
        return restClient.get()
                .uri(AVAILABLE_LOCAL, userId, areaCode, quantity)
                .retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
    }

    public List<Map<String, Object>> ownedNumbers() {
        return restClient.get()
                .uri("https://api.catapult.inetwork.com/v1/users/{userId}/phoneNumbers?size=1000", userId)
                .retrieve()
                .body(new ParameterizedTypeReference<List<Map<String, Object>>>() { });
    }
}
