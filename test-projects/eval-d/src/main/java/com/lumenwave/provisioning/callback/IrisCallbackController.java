package com.lumenwave.provisioning.callback;

import com.lumenwave.provisioning.domain.NumberRecord;
import com.lumenwave.provisioning.domain.NumberRecordStore;
import com.lumenwave.provisioning.messaging.SmsAlertSender;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Dashboard order callbacks (registered by {@code IrisSubscriptionClient}).
 */
@RestController
@RequestMapping("/api/callbacks/iris")
public class IrisCallbackController {

    private static final Logger log = LoggerFactory.getLogger(IrisCallbackController.class);
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("\\d{10}");

    private final NumberRecordStore store;
    private final SmsAlertSender alerts;

    public IrisCallbackController(NumberRecordStore store, SmsAlertSender alerts) {
        this.store = store;
        this.alerts = alerts;
    }

    @PostMapping(path = "/orders", consumes = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<Void> orderStatus(@RequestBody IrisNotification notification) {
        log.info("Order {} ({}) is {}", notification.orderId(), notification.orderType(), notification.status());
        if (!"COMPLETE".equals(notification.status())) {
            return ResponseEntity.ok().build();
        }
        List<String> completed = notification.completedTelephoneNumbers() == null
                ? List.of() : notification.completedTelephoneNumbers();
        for (String tn : completed) {
            if (!NATIONAL_NUMBER.matcher(tn).matches()) {
                log.warn("Ignoring unexpected number {} in order {}", tn, notification.orderId());
                continue;
            }
            store.findByTelephoneNumber(tn).ifPresentOrElse(
                    rec -> activate(rec, notification.orderType()),
                    () -> log.warn("Completed number {} is not in our inventory", tn));
        }
        return ResponseEntity.ok().build();
    }

    private void activate(NumberRecord rec, String orderType) {
        NumberRecord.Status next = switch (orderType) {
            case "importtnorders", "tnoptions" -> NumberRecord.Status.MESSAGING_ENABLED;
            default -> NumberRecord.Status.ACTIVE;
        };
        store.save(rec.withStatus(next));
        alerts.sendWelcome("+1" + rec.telephoneNumber(), rec.customerId());
    }
}
