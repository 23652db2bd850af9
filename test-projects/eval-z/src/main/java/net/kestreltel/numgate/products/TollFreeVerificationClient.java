package net.kestreltel.numgate.products;

import java.util.Map;
import net.kestreltel.numgate.config.BandwidthProductsProperties;
import net.kestreltel.numgate.config.DashboardClientConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Registers our webhook for toll-free verification status changes. */
@Component
public class TollFreeVerificationClient {

    private static final String WEBHOOKS = "/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private final WebClient products;
    private final BandwidthProductsProperties.Product tollFree;

    public TollFreeVerificationClient(@Qualifier(DashboardClientConfig.PRODUCTS) WebClient products,
                                      BandwidthProductsProperties props) {
        this.products = products;
        this.tollFree = props.tollFree();
    }

    public Mono<String> subscribe(String callbackUrl) {
        return products.post()
                .uri(tollFree.baseUrl() + WEBHOOKS.formatted(tollFree.accountId()))
                .headers(h -> h.setBasicAuth(tollFree.username(), tollFree.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("callbackUrl", callbackUrl, "basicAuthentication",
                        Map.of("username", tollFree.username(), "password", tollFree.password())))
                .retrieve()
                .bodyToMono(String.class);
    }
}
