package net.kestrelcable.provisioning.external;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Kestrel's billing platform (CSG). Provides the service address and tells billing when a number goes live.
 */
@Component
public class BillingSystemClient {

    private final RestClient restClient;

    public BillingSystemClient(RestClient.Builder builder,
                               @Value("${kestrel.billing.base-url:https://billing.kestrelcable.net}") String baseUrl) {
        this.restClient = builder.clone().baseUrl(baseUrl).build();
    }

    public Map<?, ?> serviceAddress(String billingAccount) {
        return restClient.get()
                .uri("/api/accounts/{accountNumber}/addresses?type=SERVICE", billingAccount)
                .retrieve()
                .body(Map.class);
    }

    public void numberActivated(String billingAccount, String tn, long activatedAtEpoch) {
        restClient.post()
                .uri("/api/accounts/" + billingAccount + "/telephone-numbers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("tn", tn, "activatedAt", activatedAtEpoch, "product", "KVOICE"))
                .retrieve()
                .toBodilessEntity();
    }
}
