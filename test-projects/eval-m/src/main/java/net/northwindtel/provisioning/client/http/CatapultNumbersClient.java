package net.northwindtel.provisioning.client.http;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The few white-label customers that still sit on the legacy Catapult platform search numbers here.
 */
@Component
public class CatapultNumbersClient {

    private static final String CATAPULT_BASE = "https://api.catapult.inetwork.com/v1";

    private final RestClient restClient;
    private final String userId;

    public CatapultNumbersClient(RestClient.Builder builder,
                                 @Value("${catapult.user-id:u-unset}") String userId,
                                 @Value("${catapult.token:}") String token,
                                 @Value("${catapult.secret:}") String secret) {
        this.userId = userId;
        this.restClient = builder.defaultHeaders(h -> h.setBasicAuth(token, secret)).build();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> searchLocal(String areaCode, int quantity) {
        URI uri = UriComponentsBuilder.fromHttpUrl(CATAPULT_BASE)
                .path("/users/{userId}/availableNumbers/local")
                .queryParam("areaCode", areaCode)
                .queryParam("quantity", quantity)
                .buildAndExpand(userId)
                .toUri();
        List<Map<String, Object>> numbers = restClient.get().uri(uri).retrieve().body(List.class);
        return numbers == null ? List.of() : numbers;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> searchTollFree(int quantity) {
        return restClient.get()
                .uri("https://api.catapult.inetwork.com/v1/availableNumbers/tollFree?quantity=" + quantity)
                .retrieve()
                .body(List.class);
    }
}
