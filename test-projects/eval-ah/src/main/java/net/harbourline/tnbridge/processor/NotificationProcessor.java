package net.harbourline.tnbridge.processor;

import net.harbourline.tnbridge.model.InventoryRecord;
import net.harbourline.tnbridge.model.NotificationXml;
import net.harbourline.tnbridge.service.TnInventoryStore;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Handles order / port-in / disconnect notifications posted by the Dashboard to
 * {@code /callbacks/dashboard}.
 */
public class NotificationProcessor implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationProcessor.class);

    private final TnInventoryStore store;

    public NotificationProcessor(TnInventoryStore store) {
        this.store = store;
    }

    @Override
    public void process(Exchange exchange) {
        NotificationXml notification = exchange.getIn().getBody(NotificationXml.class);
        LOG.info("Dashboard notification {} for order {} ({}): {}", notification.getSubscriptionId(),
                notification.getOrderId(), notification.getOrderType(), notification.getStatus());

        if (!"COMPLETE".equals(notification.getStatus())) {
            exchange.getIn().setHeader("notificationHandled", false);
            return;
        }

        List<String> unknown = new ArrayList<>();
        List<Map<String, String>> activated = new ArrayList<>();
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!tn.matches("\\d{10}")) {
                LOG.warn("Unexpected TN format in notification: {}", tn);
                continue;
            }
            InventoryRecord record = store.find(tn);
            if (record == null) {
                unknown.add(tn);
                continue;
            }
            record.setStatus("DISCONNECTED".equals(notification.getOrderType()) ? "RELEASED" : "ACTIVE");
            String display = "(" + tn.substring(0, 3) + ") " + tn.substring(3, 6) + "-" + tn.substring(6);
            activated.add(Map.of("tn", tn, "display", display, "customerId", String.valueOf(record.getCustomerId())));
        }
        if (!unknown.isEmpty()) {
            LOG.warn("Notification {} completed {} numbers unknown to billing: {}", notification.getOrderId(),
                    unknown.size(), unknown);
        }
        exchange.getIn().setHeader("notificationHandled", true);
        exchange.getIn().setBody(activated);
    }
}
