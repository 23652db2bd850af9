package com.kestrelvoice.numlife.partner;

import com.kestrelvoice.numlife.config.PartnerApisProperties;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Bandwidth messaging API; used to tell customers about port dates.
 */
@Component
@RequiredArgsConstructor
public class MessagingApiClient {

    private static final String SUPPORT_LINE = "8885550199";

    @Qualifier("messaging")
    private final RestClient messaging;
    private final PartnerApisProperties partners;

    @Value("${kestrel.partners.messaging.account-id:9900123}")
    private final String accountId;

    public String notifyPortDate(String to, String from, String focDate) {
        Map<String, Object> body = Map.of(
                "to", List.of(to),
                "from", from,
                "applicationId", partners.getMessaging().getApplicationId(),
                "text", "Your number moves to Kestrel Voice on " + focDate + ". Questions? Call " + SUPPORT_LINE + ".",
                "tag", "port-notice");
        return messaging.post()
                .uri("/users/{accountId}/messages", accountId)
                .body(body)
                .retrieve()
                .body(String.class);
    }

    public String sendFromMainLine(String to, String text) {
        return messaging.post()
                .uri("https://messaging.bandwidth.com/api/v2/users/{accountId}/messages", accountId)
                .body(Map.of("to", List.of(to), "from", "+19194240100", "text", text,
                        "applicationId", partners.getMessaging().getApplicationId()))
                .retrieve()
                .body(String.class);
    }

    public String media(String mediaName) {
        return messaging.get()
                .uri("/users/{accountId}/media/{mediaName}", accountId, mediaName)
                .retrieve()
                .body(String.class);
    }
}
