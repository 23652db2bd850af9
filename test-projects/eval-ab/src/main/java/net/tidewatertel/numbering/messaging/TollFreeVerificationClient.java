package net.tidewatertel.numbering.messaging;

import java.util.Map;

import net.tidewatertel.numbering.config.BandwidthPlatformProperties;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Toll-free messaging verification status webhooks.
 */
@Component
public class TollFreeVerificationClient {

    private final RestClient restClient;
    private final BandwidthPlatformProperties platform;

    public TollFreeVerificationClient(RestClient.Builder builder, BandwidthPlatformProperties platform) {
        this.platform = platform;
        this.restClient = builder.clone()
                .defaultHeaders(h -> h.setBasicAuth(platform.getUsername(), platform.getPassword()))
                .build();
    }

    public void subscribe(String callbackUrl) {
        String url = platform.getTollFreeUrl() + "/accounts/" + platform.getPlatformAccountId()
                + "/tollFreeVerification/webhooks/subscriptions";
        restClient.post()
                .uri(url)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("callbackUrl", callbackUrl))
                .retrieve()
                .toBodilessEntity();
    }

    public String status(String tollFreeNumber) {
        return restClient.get()
                .uri("https://api.bandwidth.com/api/v2/accounts/{accountId}/phoneNumbers/{tn}/tollFreeVerification",
                        platform.getPlatformAccountId(), tollFreeNumber)
                .retrieve()
                .body(String.class);
    }
}
