package io.kestrelvoice.numbering.callbacks.messaging;

import java.util.List;

import io.kestrelvoice.numbering.callbacks.notification.CustomerNumberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inbound SMS and delivery receipts from the Bandwidth messaging API
 * (https://messaging.bandwidth.com/api/v2/users/{accountId}/messages). Not Dashboard traffic.
 */
@RestController
public class MessagingWebhookController {

    /** Messaging API webhook event (JSON). Numbers are always E.164 there. */
    public record MessagingEvent(String type, String time, String description, String to, Message message) {

        public record Message(String id, String owner, String applicationId, List<String> to, String from, String text,
                              String direction, int segmentCount) {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(MessagingWebhookController.class);

    private final CustomerNumberRepository customerNumbers;

    public MessagingWebhookController(CustomerNumberRepository customerNumbers) {
        this.customerNumbers = customerNumbers;
    }

    @PostMapping("/webhooks/messaging")
    public ResponseEntity<Void> events(@RequestBody List<MessagingEvent> events) {
        for (MessagingEvent event : events) {
            if (!"message-received".equals(event.type())) {
                continue;
            }
            String to = event.to();
            if (to.length() == 12 && to.startsWith("+1")) {
                String national = to.substring(2);
                customerNumbers.findByTenDigitNumber(national).ifPresentOrElse(
                        n -> log.info("inbound SMS for customer {} from area code {}", n.customerId(), event.message().from().substring(2, 5)),
                        () -> log.warn("inbound SMS for unknown number {}", to));
            }
        }
        return ResponseEntity.noContent().build();
    }
}
