package net.kestrelcable.provisioning.external;

import java.util.List;
import java.util.Map;

import net.kestrelcable.provisioning.config.BandwidthApiProperties;
import net.kestrelcable.provisioning.util.PhoneNumbers;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Bandwidth number lookup: carrier and line type of a number a customer wants to port.
 */
@Component
public class NumberLookupClient {

    private final RestClient restClient;
    private final BandwidthApiProperties props;

    public NumberLookupClient(RestClient.Builder builder, BandwidthApiProperties props) {
        this.props = props;
        this.restClient = builder.clone()
                .baseUrl(props.lookupUrl())
                .defaultHeaders(h -> h.setBasicAuth(props.apiUser(), props.apiPassword()))
                .build();
    }

    public Map<?, ?> lookup(List<String> portalNumbers) {
        List<String> e164 = portalNumbers.stream().map(PhoneNumbers::toE164).toList();
        return restClient.post()
                .uri("/accounts/{accountId}/phoneNumberLookup", props.accountId())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("phoneNumbers", e164))
                .retrieve()
                .body(Map.class);
    }

    public Map<?, ?> result(String requestId) {
        return restClient.get()
                .uri("/accounts/{accountId}/phoneNumberLookup/{requestId}", props.accountId(), requestId)
                .retrieve()
                .body(Map.class);
    }
}
