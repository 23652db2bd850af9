package net.tidewaterconnect.numbering.lookup;

import java.util.List;
import java.util.Map;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Carrier lookup before a port-in, and toll-free verification webhook registration. */
@Component
public class NumberLookupClient {

    private final RestClient api;
    private final String accountId;

    public NumberLookupClient(RestClient.Builder builder, DashboardProperties props,
            @Value("${tidewater.bandwidth.api.base-url:https://api.bandwidth.com}") String apiBase) {
        this.api = builder.clone()
                .baseUrl(apiBase)
                .defaultHeaders(h -> h.setBasicAuth(props.username(), props.password()))
                .build();
        this.accountId = props.accountId();
    }

    public String startLookup(List<String> e164Numbers) {
        return api.post()
                .uri("/v2/accounts/{accountId}/phoneNumberLookup", accountId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("tns", e164Numbers))
                .retrieve()
                .body(String.class);
    }

    public String lookupStatus(String requestId) {
        return api.get()
                .uri("https://api.bandwidth.com/v2/accounts/{accountId}/phoneNumberLookup/{requestId}",
                        accountId, requestId)
                .retrieve()
                .body(String.class);
    }

    public String subscribeTollFreeVerification(String callbackUrl) {
        return api.post()
                .uri("https://api.bandwidth.com/api/v2/accounts/{id}/tollFreeVerification/webhooks/subscriptions",
                        accountId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("callbackUrl", callbackUrl))
                .retrieve()
                .body(String.class);
    }
}
