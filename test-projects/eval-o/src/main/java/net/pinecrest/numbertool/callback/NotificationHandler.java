package net.pinecrest.numbertool.callback;

import net.pinecrest.numbertool.dashboard.xml.Notification;
import net.pinecrest.numbertool.dashboard.xml.XmlMappers;
import net.pinecrest.numbertool.partners.MessagingClient;
import net.pinecrest.numbertool.store.NumberDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.regex.Pattern;

/**
 * Reacts to Dashboard order notifications: marks the numbers active in our inventory and texts the
 * customer's contact that the new line works.
 */
public class NotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(NotificationHandler.class);
    private static final Pattern NANP = Pattern.compile("[2-9]\\d{2}[2-9]\\d{6}");

    private final PendingOrderRegistry registry;
    private final NumberDao dao;
    private final MessagingClient messaging;

    public NotificationHandler(PendingOrderRegistry registry, NumberDao dao, MessagingClient messaging) {
        this.registry = registry;
        this.dao = dao;
        this.messaging = messaging;
    }

    public void handle(String body) {
        handle(XmlMappers.read(body, Notification.class));
    }

    public void handle(Notification notification) {
        log.info("notification {} for {} order {}: {}", notification.subscriptionId(),
                notification.orderType(), notification.orderId(), notification.status());
        if (!notification.isComplete()) {
            return;
        }
        for (String tn : notification.completedOrEmpty()) {
            if (!NANP.matcher(tn).matches()) {
                log.warn("order {}: unexpected number format {}", notification.orderId(), tn);
                continue;
            }
            PendingOrderRegistry.PendingOrder pending = registry.take(tn);
            if (pending == null) {
                log.info("{} completed but was not ordered through pnt", tn);
                continue;
            }
            dao.markActive(tn, pending.customerId(), notification.orderId());
            if (pending.notifySmsTo() != null) {
                messaging.send(pending.notifySmsTo(), "+1" + tn,
                        "Pinecrest: your new line " + tn + " is now active.");
            }
        }
    }
}
