package net.kestreltel.numgate.products;

import java.util.Map;
import net.kestreltel.numgate.config.BandwidthProductsProperties;
import net.kestreltel.numgate.config.DashboardClientConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Bandwidth MFA: one-time codes before a customer can port a number away. */
@Component
public class MfaClient {

    private final WebClient products;
    private final BandwidthProductsProperties.Product mfa;

    public MfaClient(@Qualifier(DashboardClientConfig.PRODUCTS) WebClient products, BandwidthProductsProperties props) {
        this.products = products;
        this.mfa = props.mfa();
    }

    public Mono<String> sendCode(String e164) {
        return products.post()
                .uri(mfa.baseUrl() + "/api/v1/accounts/{accountId}/code/sms", mfa.accountId())
                .headers(h -> h.setBasicAuth(mfa.username(), mfa.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "to", e164,
                        "from", "+18445550134",
                        "applicationId", mfa.applicationId(),
                        "scope", "port-out",
                        "message", "Your Kestrel verification code is {CODE}",
                        "digits", 6))
                .retrieve()
                .bodyToMono(String.class);
    }

    public Mono<Boolean> verify(String e164, String code) {
        return products.post()
                .uri("https://mfa.bandwidth.com/api/v1/accounts/{accountId}/code/verify", mfa.accountId())
                .headers(h -> h.setBasicAuth(mfa.username(), mfa.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("to", e164, "scope", "port-out", "expirationTimeInMinutes", 3, "code", code))
                .retrieve()
                .bodyToMono(Map.class)
                .map(m -> Boolean.TRUE.equals(m.get("valid")));
    }
}
