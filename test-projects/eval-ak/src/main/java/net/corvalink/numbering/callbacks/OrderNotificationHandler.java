package net.corvalink.numbering.callbacks;

import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowStub;
import net.corvalink.numbering.inventory.TnInventoryDao;
import net.corvalink.numbering.iris.XmlSupport;
import net.corvalink.numbering.iris.model.OrderNotification;
import net.corvalink.numbering.metrics.NumberingMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Handles the notifications the Dashboard posts for our order, port-in and
 * E911 subscriptions: updates the inventory and wakes up the waiting workflow.
 */
public class OrderNotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationHandler.class);

    private static final Pattern NANP_TN = Pattern.compile("[2-9][0-9]{2}[2-9][0-9]{6}");

    private final WorkflowClient workflows;
    private final TnInventoryDao inventory;
    private final NumberingMetrics metrics;

    public OrderNotificationHandler(WorkflowClient workflows, TnInventoryDao inventory, NumberingMetrics metrics) {
        this.workflows = workflows;
        this.inventory = inventory;
        this.metrics = metrics;
    }

    public void handle(String xmlBody) throws IOException {
        OrderNotification notification = XmlSupport.mapper().readValue(xmlBody, OrderNotification.class);
        metrics.callbackReceived(notification.orderType, notification.status);

        List<String> completed = new ArrayList<>();
        for (String tn : notification.completedTelephoneNumbers) {
            if (!NANP_TN.matcher(tn).matches()) {
                log.warn("ignoring malformed number in notification {}", notification.orderId);
                continue;
            }
            completed.add(tn);
        }

        for (String tn : completed) {
            Optional<TnInventoryDao.TnRecord> record = inventory.findByTn(tn);
            if (record.isEmpty()) {
                log.warn("notification {} completed a number we do not track", notification.orderId);
                continue;
            }
            inventory.updateStatus(tn, notification.status);
        }

        String workflowId = workflowIdFor(notification);
        if (workflowId == null) {
            return;
        }
        WorkflowStub stub = workflows.newUntypedWorkflowStub(workflowId);
        switch (notification.orderType == null ? "" : notification.orderType.toLowerCase()) {
            case "orders" -> stub.signal("orderNotification", notification.orderId, notification.status);
            case "portins" -> stub.signal("portInNotification", notification.status, notification.actualFocDate,
                    completed);
            default -> log.debug("no workflow waits for {} notifications", notification.orderType);
        }
    }

    /** Order ids we send are "{customerId}-{workflowId}". */
    private static String workflowIdFor(OrderNotification notification) {
        String customerOrderId = notification.customerOrderId;
        if (customerOrderId == null || !customerOrderId.contains("-")) {
            return null;
        }
        return customerOrderId.substring(customerOrderId.indexOf('-') + 1);
    }
}
