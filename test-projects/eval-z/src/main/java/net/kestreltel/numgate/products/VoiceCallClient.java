package net.kestreltel.numgate.products;

import java.util.Map;
import net.kestreltel.numgate.config.BandwidthProductsProperties;
import net.kestreltel.numgate.config.DashboardClientConfig;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Bandwidth Voice API: places a short test call to a newly activated number
 * ("line check") before we hand it to the customer.
 */
@Component
public class VoiceCallClient {

    private static final String CALLS = "https://voice.bandwidth.com/api/v2/accounts/{accountId}/calls";

    private final WebClient products;
    private final BandwidthProductsProperties.Product voice;

    public VoiceCallClient(@Qualifier(DashboardClientConfig.PRODUCTS) WebClient products,
                           BandwidthProductsProperties props) {
        this.products = products;
        this.voice = props.voice();
    }

    public Mono<String> lineCheck(String e164, String answerUrl) {
        return products.post()
                .uri(CALLS, voice.accountId())
                .headers(h -> h.setBasicAuth(voice.username(), voice.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of(
                        "from", "+19195550100",
                        "to", e164,
                        "applicationId", voice.applicationId(),
                        "answerUrl", answerUrl,
                        "callTimeout", 15))
                .retrieve()
                .bodyToMono(String.class);
    }
}
