package com.lumenline.provisioning.callback;

import java.util.ArrayList;
import java.util.List;

import com.lumenline.provisioning.service.E911Service;
import com.lumenline.provisioning.store.ProvisionedNumberStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Follow-up work once the Dashboard tells us an order moved: release holds, queue E911
 * registration, and tell the billing system which area code the number was billed in.
 */
@Component
public class NotificationProcessor {

    private static final Logger log = LoggerFactory.getLogger(NotificationProcessor.class);

    private final ProvisionedNumberStore store;
    private final E911Service e911Service;

    public NotificationProcessor(ProvisionedNumberStore store, E911Service e911Service) {
        this.store = store;
        this.e911Service = e911Service;
    }

    public void recordProgress(OrderNotification notification) {
        store.recordOrderStatus(notification.orderId(), notification.status(), notification.message());
    }

    public void afterCompletion(OrderNotification notification) {
        List<String> rejected = new ArrayList<>();
        for (String tn : notification.completedOrEmpty()) {
            if (tn == null || tn.length() != 10) {
                rejected.add(tn);
                continue;
            }
            String billingAreaCode = tn.substring(0, 3);
            store.recordBillingAreaCode(tn, billingAreaCode);
            e911Service.queueRegistration(tn);
        }
        if (!rejected.isEmpty()) {
            log.error("Order {} completed with malformed numbers {}", notification.orderId(), rejected);
        }
    }
}
