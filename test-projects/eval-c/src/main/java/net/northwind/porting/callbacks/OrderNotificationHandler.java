package net.northwind.porting.callbacks;

import net.northwind.porting.payload.OrderNotification;
import net.northwind.porting.payload.Xml;
import net.northwind.porting.store.SubscriberStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Handles the carrier's order notifications (port-ins, imports, disconnects) and marks the
 * affected subscribers in our store.
 */
public class OrderNotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationHandler.class);

    private final SubscriberStore store;

    public OrderNotificationHandler(SubscriberStore store) {
        this.store = store;
    }

    /** @return numbers that could not be matched to a subscriber */
    public List<String> handle(String body) {
        OrderNotification n = Xml.read(body, OrderNotification.class);
        log.info("notification {} {} status {}", n.orderType, n.orderId, n.status);
        List<String> unmatched = new ArrayList<>();
        if (!"COMPLETE".equals(n.status)) {
            return unmatched;
        }
        for (String tn : n.completedTelephoneNumbers) {
            if (!tn.matches("[0-9]{10}")) {
                log.warn("unexpected number format in callback: {}", tn);
                unmatched.add(tn);
                continue;
            }
            if (store.find(tn).isEmpty()) {
                unmatched.add(tn);
                continue;
            }
            store.markStatus(tn, statusFor(n.orderType));
        }
        return unmatched;
    }

    /** Disconnect callbacks carry the number in the message text, e.g. "TN 9195550100 disconnected". */
    public String numberFromMessage(OrderNotification n) {
        String digits = n.message == null ? "" : n.message.replaceAll("\\D", "");
        return digits.length() >= 10 ? digits.substring(digits.length() - 10) : digits;
    }

    private static String statusFor(String orderType) {
        return switch (orderType == null ? "" : orderType.toLowerCase()) {
            case "portins" -> "PORTED_IN";
            case "importtnorders" -> "MESSAGING_ACTIVE";
            case "disconnects" -> "DISCONNECTED";
            default -> "UPDATED";
        };
    }
}
