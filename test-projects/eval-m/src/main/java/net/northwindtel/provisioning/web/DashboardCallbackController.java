package net.northwindtel.provisioning.web;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import net.northwindtel.provisioning.model.dashboard.DashboardNotification;
import net.northwindtel.provisioning.service.CustomerNotificationService;
import net.northwindtel.provisioning.store.TnInventoryRepository;
import net.northwindtel.provisioning.store.TnInventoryRepository.InventoryRecord;
import net.northwindtel.provisioning.store.TnInventoryRepository.State;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Receives the Dashboard's order notifications (subscriptions created by SubscriptionService).
 */
@Slf4j
@RestController
@RequestMapping("/webhooks/dashboard")
@RequiredArgsConstructor
public class DashboardCallbackController {

    private static final Pattern NATIONAL_TN = Pattern.compile("\\d{10}");

    private final TnInventoryRepository inventory;
    private final CustomerNotificationService notifications;

    @PostMapping(value = "/notifications", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<Void> onNotification(@RequestBody DashboardNotification notification,
                                               @RequestHeader(value = "X-Callback-Timestamp", required = false) String timestamp) {
        if (timestamp != null && !timestamp.matches("\\d{10}")) {
            log.warn("Rejecting callback with malformed epoch timestamp {}", timestamp);
            return ResponseEntity.badRequest().build();
        }
        log.info("Dashboard {} order {} is {}", notification.getOrderType(), notification.getOrderId(), notification.getStatus());
        if (!"COMPLETE".equalsIgnoreCase(notification.getStatus())) {
            return ResponseEntity.ok().build();
        }
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!NATIONAL_TN.matcher(tn).matches()) {
                log.warn("Ignoring unexpected number {} in order {}", tn, notification.getOrderId());
                continue;
            }
            inventory.findByTn(tn).ifPresentOrElse(record -> {
                inventory.save(record.withState(State.ACTIVE, notification.getOrderId()));
                notifications.numbersLive(record.customerId(), tn);
            }, () -> inventory.save(new InventoryRecord(tn, "unassigned", State.ACTIVE, notification.getOrderId(), Instant.now())));
        }
        return ResponseEntity.ok().build();
    }
}
