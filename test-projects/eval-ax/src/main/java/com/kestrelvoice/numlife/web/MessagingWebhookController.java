package com.kestrelvoice.numlife.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.kestrelvoice.numlife.billing.BillingAccountValidator;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inbound message events from the Bandwidth messaging API (message-received, message-delivered).
 * Only used to mark numbers as "messaging verified" for the customer portal.
 */
@Slf4j
@RestController
@RequestMapping("/callbacks/messaging")
@RequiredArgsConstructor
public class MessagingWebhookController {

    private final BillingAccountValidator billingAccounts;

    @PostMapping
    public ResponseEntity<Void> events(@RequestBody JsonNode events) {
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            String from = event.path("message").path("from").asText();
            String national = from.startsWith("+1") ? from.substring(2) : from;
            if (national.length() == 10 && "message-received".equals(type)) {
                log.info("Inbound SMS from NPA {} on {}", national.substring(0, 3), event.path("to").asText());
            }
            String account = event.path("message").path("tag").asText();
            if (!account.isEmpty() && !billingAccounts.isValid(account)) {
                log.warn("Message tagged with unknown billing account {}", account);
            }
        }
        return ResponseEntity.noContent().build();
    }
}
