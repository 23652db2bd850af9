package net.cedarline.numberdesk.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.ops.OpsAlerter;
import net.cedarline.numberdesk.store.NumberStore;
import net.cedarline.numberdesk.store.OrderDao;

/** Port-in notifications (FOC dates, completion). */
public class PortInCallbackHandler {

    private static final Logger log = LoggerFactory.getLogger(PortInCallbackHandler.class);

    /** Ported number -> port-in order id, for the UI's "recently ported" panel. */
    private final Map<Long, String> recentlyPorted = new ConcurrentHashMap<>();

    private final NumberStore numbers;
    private final OrderDao orders;
    private final OpsAlerter alerter;

    public PortInCallbackHandler(NumberStore numbers, OrderDao orders, OpsAlerter alerter) {
        this.numbers = numbers;
        this.orders = orders;
        this.alerter = alerter;
    }

    public void handle(Notification notification) {
        orders.updateStatus(notification.orderId(), notification.status());
        if ("FOC".equalsIgnoreCase(notification.status())) {
            log.info("port-in {} has FOC date {}", notification.orderId(), notification.actualFocDate());
            return;
        }
        if (!notification.isComplete()) {
            return;
        }
        for (String tn : notification.completedNumbers()) {
            long key = Long.parseLong(tn);
            recentlyPorted.put(key, notification.orderId());
            numbers.setStatus(tn, "INSERVICE");
            alerter.portCompleted("+1" + tn, notification.customerOrderId());
        }
    }

    public Map<Long, String> recentlyPorted() {
        return Map.copyOf(recentlyPorted);
    }
}
