package net.kestrelcable.provisioning.callbacks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import net.kestrelcable.provisioning.dashboard.xml.NotificationPayload;
import net.kestrelcable.provisioning.messaging.MessagingApiClient;
import net.kestrelcable.provisioning.persistence.TnInventoryRepository;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * New-number order and hosted messaging import notifications.
 */
@Component
public class OrderNotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationHandler.class);

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");

    private final TnInventoryRepository inventory;
    private final JdbcTemplate jdbc;
    private final MessagingApiClient messaging;

    public OrderNotificationHandler(TnInventoryRepository inventory, JdbcTemplate jdbc, MessagingApiClient messaging) {
        this.inventory = inventory;
        this.jdbc = jdbc;
        this.messaging = messaging;
    }

    public void handle(NotificationPayload n) {
        if (!n.isComplete()) {
            log.info("Order {} is {}: {}", n.orderId(), n.status(), n.message());
            return;
        }
        List<String> unknown = new ArrayList<>();
        for (String tn : n.completed()) {
            if (!TEN_DIGITS.matcher(tn).matches()) {
                log.warn("Ignoring malformed number {} in order {}", tn, n.orderId());
                continue;
            }
            int updated = inventory.updateStatus(tn, "ACTIVE");
            if (updated == 0) {
                unknown.add(tn);
            }
        }
        inventoryCompleted(n.orderId());
        if (!unknown.isEmpty()) {
            log.error("Order {} completed numbers we never reserved: {}", n.orderId(), unknown);
        }
    }

    public void handleHostedMessaging(NotificationPayload n) {
        jdbc.update("UPDATE hosted_messaging_order SET status = ? WHERE order_id = ?", n.status(), n.orderId());
        if (!n.isComplete()) {
            return;
        }
        for (String tn : n.completed()) {
            jdbc.update("INSERT INTO hosted_messaging_tn (tn, order_id, released) VALUES (?, ?, FALSE)", tn, n.orderId());
            boolean customerKnown = inventory.findByTn(tn).isPresent();
            if (customerKnown) {
                messaging.sendWelcome(tn);
            }
        }
    }

    private void inventoryCompleted(String orderId) {
        jdbc.update("DELETE FROM pending_orders WHERE order_id = ?", orderId);
    }
}
