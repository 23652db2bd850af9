package net.kestrelwave.provisioning.callbacks;

import net.kestrelwave.provisioning.dashboard.DashboardXml;
import net.kestrelwave.provisioning.messaging.MessagingNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Handles the Dashboard's order notifications (POSTed to our subscription callback URL).
 */
public class OrderNotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationHandler.class);
    private static final Pattern NATIONAL_NUMBER = Pattern.compile("^\\d{10}$");

    private final DashboardXml xml;
    private final PendingActivationStore pending;
    private final MessagingNotifier notifier;

    public OrderNotificationHandler(DashboardXml xml, PendingActivationStore pending, MessagingNotifier notifier) {
        this.xml = xml;
        this.pending = pending;
        this.notifier = notifier;
    }

    /** @return the numbers that were activated for a tenant */
    public List<String> onNotification(String body) {
        String status = xml.text(body, "/Notification/Status");
        String orderId = xml.text(body, "/Notification/OrderId");
        List<String> activated = new ArrayList<>();
        if (!"COMPLETE".equals(status) && !"PARTIAL".equals(status)) {
            log.info("order {} is {}", orderId, status);
            return activated;
        }
        for (String tn : xml.texts(body, "/Notification/CompletedTelephoneNumbers/TelephoneNumber")) {
            if (!NATIONAL_NUMBER.matcher(tn).matches()) {
                log.warn("order {}: ignoring completed number {}", orderId, tn);
                continue;
            }
            Optional<PendingActivationStore.PendingActivation> activation = pending.take(tn);
            if (activation.isEmpty()) {
                log.warn("order {}: {} completed but was not pending", orderId, tn);
                continue;
            }
            activated.add(tn);
            try {
                notifier.activationText("+1" + tn, orderId);
            } catch (Exception e) {
                log.warn("could not text activation for {}", tn, e);
            }
        }
        return activated;
    }
}
