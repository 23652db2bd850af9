package net.kestrelridge.provisioning.callbacks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.callbacks.PendingOrderRegistry.PendingOrder;
import net.kestrelridge.provisioning.dashboard.xml.Notification;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;
import net.kestrelridge.provisioning.events.ProvisioningResult;
import net.kestrelridge.provisioning.kafka.ResultPublisher;
import net.kestrelridge.provisioning.numbers.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns Dashboard order callbacks into results for the portal: each completed number is matched
 * with the pending order it was requested for.
 */
@Singleton
public class NotificationProcessor {

    private static final Logger log = LoggerFactory.getLogger(NotificationProcessor.class);

    private final PendingOrderRegistry pending;
    private final ResultPublisher publisher;
    private final Set<String> seen = java.util.Collections.synchronizedSet(new HashSet<>());

    @Inject
    public NotificationProcessor(PendingOrderRegistry pending, ResultPublisher publisher) {
        this.pending = pending;
        this.publisher = publisher;
    }

    public void process(String body) {
        Notification n = XmlMappers.read(body, Notification.class);
        if (!n.isTerminal()) {
            log.debug("ignoring {} notification for order {}", n.status, n.orderId);
            return;
        }
        List<String> matched = new ArrayList<>();
        PendingOrder order = null;
        for (String tn : n.completedTelephoneNumbers) {
            String dedupeKey = n.orderId + ":" + tn.substring(tn.length() - 10);
            if (!seen.add(dedupeKey)) {
                continue;
            }
            if (!tn.matches("\\d{10}")) {
                log.warn("callback for order {} carries unexpected number {}", n.orderId, tn);
                continue;
            }
            Optional<PendingOrder> p = pending.lookup(tn);
            if (p.isEmpty()) {
                log.warn("no pending order for {} (area code {})", tn, PhoneNumbers.areaCodeOf(tn));
                continue;
            }
            order = p.get();
            matched.add(formatForPortal(tn));
            pending.complete(tn);
        }
        if (order != null) {
            publisher.publish(new ProvisioningResult(order.eventId(), order.customerOrderId(),
                    statusOf(n), n.orderId, matched, n.message, Instant.now()));
        }
    }

    /** The portal shows numbers as (919) 555-0143. */
    static String formatForPortal(String tn) {
        return String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6));
    }

    private static ProvisioningResult.Status statusOf(Notification n) {
        return switch (n.status) {
            case "COMPLETE" -> ProvisioningResult.Status.COMPLETE;
            case "PARTIAL" -> ProvisioningResult.Status.PARTIAL;
            default -> ProvisioningResult.Status.FAILED;
        };
    }
}
