package net.kestreltel.numgate.products;

import java.util.List;
import java.util.Map;
import net.kestreltel.numgate.config.BandwidthProductsProperties;
import net.kestreltel.numgate.config.DashboardClientConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Bandwidth Number Lookup: carrier and line type of a number a customer wants to port in. */
@Component
public class NumberLookupClient {

    private final WebClient products;
    private final BandwidthProductsProperties.Product lookup;

    public NumberLookupClient(@Qualifier(DashboardClientConfig.PRODUCTS) WebClient products,
                              BandwidthProductsProperties props) {
        this.products = products;
        this.lookup = props.lookup();
    }

    public Mono<String> startLookup(List<String> e164Numbers) {
        return products.post()
                .uri(lookup.baseUrl() + "/v2/accounts/{accountId}/phoneNumberLookup", lookup.accountId())
                .headers(h -> h.setBasicAuth(lookup.username(), lookup.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phoneNumbers", e164Numbers))
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<String> result(String requestId) {
        return products.get()
                .uri("https://api.bandwidth.com/v2/accounts/{accountId}/phoneNumberLookup/{requestId}",
                        lookup.accountId(), requestId)
                .headers(h -> h.setBasicAuth(lookup.username(), lookup.password()))
                .retrieve()
                .bodyToMono(String.class);
    }
}
