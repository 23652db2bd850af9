package com.lumenline.provisioning.callback;

import java.util.Optional;

import com.lumenline.provisioning.store.ProvisionedNumber;
import com.lumenline.provisioning.store.ProvisionedNumberStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Dashboard order notifications (configured through the subscriptions API).
 * The Dashboard retries on anything but 2xx, so we acknowledge first and never throw.
 */
@RestController
@RequestMapping("/callbacks/dashboard")
public class DashboardCallbackController {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackController.class);

    private final ProvisionedNumberStore store;
    private final NotificationProcessor processor;

    public DashboardCallbackController(ProvisionedNumberStore store, NotificationProcessor processor) {
        this.store = store;
        this.processor = processor;
    }

    @PostMapping(path = "/orders", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<Void> onOrderNotification(@RequestBody OrderNotification notification) {
        log.info("Dashboard {} notification for order {}: {}", notification.orderType(),
                notification.orderId(), notification.status());
        if (!notification.isComplete()) {
            processor.recordProgress(notification);
            return ResponseEntity.ok().build();
        }
        for (String tn : notification.completedOrEmpty()) {
            Optional<ProvisionedNumber> pending = store.findByTenDigit(tn);
            if (pending.isEmpty()) {
                log.warn("Completed number {} in order {} is not pending in our store", tn, notification.orderId());
                continue;
            }
            store.markActive(pending.get().tenDigitNumber(), notification.orderId());
        }
        processor.afterCompletion(notification);
        return ResponseEntity.ok().build();
    }

    @PostMapping(path = "/portins", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    public ResponseEntity<Void> onPortInNotification(@RequestBody OrderNotification notification) {
        processor.recordProgress(notification);
        if (notification.isComplete()) {
            processor.afterCompletion(notification);
        }
        return ResponseEntity.ok().build();
    }
}
