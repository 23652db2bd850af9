package net.kestrelcable.provisioning.external;

import java.util.Map;

import net.kestrelcable.provisioning.config.BandwidthApiProperties;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Toll-free verification webhooks for business customers' 8xx numbers.
 */
@Component
public class TollFreeVerificationClient {

    private final RestClient restClient;
    private final BandwidthApiProperties props;

    public TollFreeVerificationClient(RestClient.Builder builder, BandwidthApiProperties props) {
        this.props = props;
        this.restClient = builder.clone()
                .defaultHeaders(h -> h.setBasicAuth(props.apiUser(), props.apiPassword()))
                .build();
    }

    public void subscribe(String callbackUrl) {
        restClient.post()
                .uri(props.tollFreeUrl() + "/accounts/" + props.accountId() + "/tollFreeVerification/webhooks/subscriptions")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("callbackUrl", callbackUrl, "sharedSecretKey", "kestrel-tfv"))
                .retrieve()
                .toBodilessEntity();
    }

    public Map<?, ?> status(String tollFreeNumber) {
        return restClient.get()
                .uri("https://api.bandwidth.com/api/v2/accounts/{accountId}/phoneNumbers/{tn}/tollFreeVerification",
                        props.accountId(), tollFreeNumber)
                .retrieve()
                .body(Map.class);
    }
}
