package net.halyardcomm.backoffice.callbacks;

import java.util.List;
import java.util.logging.Logger;

import net.halyardcomm.backoffice.dao.OrderAuditDao;
import net.halyardcomm.backoffice.dao.TnInventoryDao;
import net.halyardcomm.backoffice.dao.TnRecord;
import net.halyardcomm.backoffice.xml.NotificationXml;

/**
 * Applies Dashboard order notifications to our inventory: completed numbers become ACTIVE
 * (orders, port-ins) or RELEASED (disconnects).
 */
public class OrderNotificationHandler {

    private static final Logger LOG = Logger.getLogger(OrderNotificationHandler.class.getName());

    private final TnInventoryDao inventory;
    private final OrderAuditDao audit;
    private final NotificationValidator validator;

    public OrderNotificationHandler(TnInventoryDao inventory, OrderAuditDao audit, NotificationValidator validator) {
        this.inventory = inventory;
        this.audit = audit;
        this.validator = validator;
    }

    public void handle(NotificationXml notification) {
        List<String> problems = validator.problems(notification);
        if (!problems.isEmpty()) {
            LOG.warning("ignoring notification " + notification.getOrderId() + ": " + problems);
            return;
        }
        if (!notification.isComplete()) {
            audit.note(notification.getOrderId(), notification.getStatus() + " " + notification.getMessage());
            return;
        }
        String newStatus = "disconnects".equalsIgnoreCase(notification.getOrderType()) ? "RELEASED" : "ACTIVE";
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            TnRecord record = inventory.findByTn(tn);
            if (record == null) {
                LOG.warning("completed number " + tn + " is not in our inventory");
                continue;
            }
            inventory.upsert(record.withStatus(newStatus));
            audit.numberCompleted(notification.getOrderId(), Long.parseLong(tn));
        }
    }

    /** Port-in FOC dates are mailed to the customer; the letter shows the number with a leading 1. */
    public String focLetterLine(NotificationXml notification, int index) {
        String tn = notification.getCompletedTelephoneNumbers().get(index);
        return "1" + tn + " ports on " + notification.getActualFocDate();
    }
}
