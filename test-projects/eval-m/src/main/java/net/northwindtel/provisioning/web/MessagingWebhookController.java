package net.northwindtel.provisioning.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Bandwidth Messaging API callbacks (message-delivered / message-failed), JSON with E.164 numbers.
 */
@Slf4j
@RestController
@RequestMapping("/webhooks/messaging")
@RequiredArgsConstructor
public class MessagingWebhookController {

    private final TnInventoryRepository inventory;

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MessageEvent(String type, String time, String description, String to, Message message) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Message(String id, String from, List<String> to, String text) {
    }

    @PostMapping("/status")
    public ResponseEntity<Void> onStatus(@RequestBody List<MessageEvent> events) {
        for (MessageEvent event : events) {
            if ("message-failed".equals(event.type()) && event.message() != null) {
                String from = event.message().from();
                String national = from.startsWith("+1") ? from.substring(2) : from;
                inventory.findByTn(national).ifPresent(r ->
                        log.warn("Delivery failure from {} (customer {}): {}", from, r.customerId(), event.description()));
            }
        }
        return ResponseEntity.noContent().build();
    }
}
