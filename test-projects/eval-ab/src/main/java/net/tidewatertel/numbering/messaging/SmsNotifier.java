package net.tidewatertel.numbering.messaging;

import java.util.List;
import java.util.Map;

import net.tidewatertel.numbering.config.BandwidthPlatformProperties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Sends operational texts through the Bandwidth messaging API (v2, E.164 only).
 */
@Component
public class SmsNotifier {

    private static final Logger log = LoggerFactory.getLogger(SmsNotifier.class);

    private final RestClient messaging;
    private final BandwidthPlatformProperties platform;

    public SmsNotifier(@Qualifier("messaging") RestClient messaging, BandwidthPlatformProperties platform) {
        this.messaging = messaging;
        this.platform = platform;
    }

    /** @param to E.164 destination */
    public void send(String to, String text) {
        Map<String, Object> body = Map.of(
                "applicationId", platform.getMessagingApplicationId(),
                "to", List.of(to),
                "from", platform.getNotificationFrom(),
                "text", text);
        messaging.post()
                .uri("/messages")
                .body(body)
                .retrieve()
                .toBodilessEntity();
        log.debug("SMS queued to {}", to);
    }

    /** Direct URL form, used by the on-call paging script that has no Spring context. */
    public static String messagesUrl(String platformAccountId) {
        return "https://messaging.bandwidth.com/api/v2/users/" + platformAccountId + "/messages";
    }
}
