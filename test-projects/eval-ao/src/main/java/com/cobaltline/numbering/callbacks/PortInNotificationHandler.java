package com.cobaltline.numbering.callbacks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.cobaltline.numbering.callbacks.OrderNotificationHandler.ActivationListener;
import com.cobaltline.numbering.model.NotificationPayload;

/** Port-in (LNP) notifications: FOC dates and completed ports. */
public class PortInNotificationHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PortInNotificationHandler.class);

    private final Map<String, Integer> portedPerNpa = new HashMap<>();
    private final ActivationListener listener;

    public PortInNotificationHandler(ActivationListener listener) {
        this.listener = listener;
    }

    public void handle(NotificationPayload notification) {
        if (!"COMPLETE".equals(notification.getStatus())) {
            LOG.info("Port-in {} now {}", notification.getOrderId(), notification.getStatus());
            return;
        }
        List<String> numbers = notification.getCompletedTelephoneNumbers();
        for (String tn : numbers) {
            portedPerNpa.merge(tn.substring(0, 3), 1, Integer::sum);
            listener.activated("1" + tn, notification.getCustomerOrderId(), notification.getOrderId());
        }
    }

    public Map<String, Integer> portedPerNpa() {
        return Map.copyOf(portedPerNpa);
    }
}
