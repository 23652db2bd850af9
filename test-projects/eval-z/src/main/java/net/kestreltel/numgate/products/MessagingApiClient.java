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

/** Bandwidth Messaging API v2: we text customers when their numbers go live. */
@Component
public class MessagingApiClient {

    static final String MESSAGES_PATH = "/users/{accountId}/messages";

    /** Our short "Kestrel Alerts" sender; a toll-free number registered for A2P. */
    static final String ALERTS_SENDER = "+18445550134";

    private final WebClient products;
    private final BandwidthProductsProperties.Product messaging;

    public MessagingApiClient(@Qualifier(DashboardClientConfig.PRODUCTS) WebClient products,
                              BandwidthProductsProperties props) {
        this.products = products;
        this.messaging = props.messaging();
    }

    /** Sends {@code text} to {@code to}; {@code about} (E.164) is the number the message is about. */
    public Mono<String> sendText(String to, String about, String text) {
        if (to == null) {
            return Mono.empty();
        }
        Map<String, Object> body = Map.of(
                "applicationId", messaging.applicationId(),
                "to", List.of(to),
                "from", ALERTS_SENDER,
                "text", text,
                "tag", "number-activated:" + about);
        return products.post()
                .uri(messaging.baseUrl() + MESSAGES_PATH, messaging.accountId())
                .headers(h -> h.setBasicAuth(messaging.username(), messaging.password()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .bodyToMono(String.class);
    }
}
