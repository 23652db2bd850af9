package net.tidewatertel.numbering.messaging;

import java.util.List;
import java.util.Map;

import net.tidewatertel.numbering.config.BandwidthPlatformProperties;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Carrier / line-type lookup before we accept a port-in (Bandwidth number lookup v2).
 */
@Component
public class NumberLookupClient {

    private final RestClient restClient;
    private final BandwidthPlatformProperties platform;

    public NumberLookupClient(RestClient.Builder builder, BandwidthPlatformProperties platform) {
        this.platform = platform;
        this.restClient = builder.clone()
                .baseUrl(platform.getLookupUrl())
                .defaultHeaders(h -> h.setBasicAuth(platform.getUsername(), platform.getPassword()))
                .build();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> lookup(List<String> e164Numbers) {
        return restClient.post()
                .uri("/accounts/{accountId}/phoneNumberLookup", platform.getPlatformAccountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("phoneNumbers", e164Numbers))
                .retrieve()
                .body(Map.class);
    }

    /** Smoke test used by the deploy pipeline. */
    public Map<String, Object> smokeTest() {
        return lookup(List.of("+17575550100"));
    }

    public static String lookupUrl(String accountId) {
        return String.format("https://api.bandwidth.com/v2/accounts/%s/phoneNumberLookup", accountId);
    }
}
