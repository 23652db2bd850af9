package com.pinecrestcomm.qa.numbers.callback;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Receives order/import notifications and releases the tests waiting on them.
 */
public class NotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(NotificationHandler.class);

    private final PendingOrderStore pending;
    private final Map<String, String> tenantByTn = new ConcurrentHashMap<>();
    private final List<String> unmatched = new ArrayList<>();

    public NotificationHandler(PendingOrderStore pending) {
        this.pending = pending;
    }

    public void registerTenant(String tenDigitTn, String tenantId) {
        tenantByTn.put(tenDigitTn, tenantId);
    }

    public void handle(String body) {
        OrderNotification notification = NotificationParser.parse(body);
        if (!notification.isComplete()) {
            log.warn("Order {} finished with status {}: {}", notification.orderId(), notification.status(),
                    notification.message());
            return;
        }
        for (String tn : notification.completedTelephoneNumbers()) {
            if (pending.complete(tn).isEmpty()) {
                unmatched.add(tn);
            }
            String tenant = tenantByTn.get(tn);
            if (tenant != null) {
                log.info("TN {} now active for tenant {}", tn, tenant);
            }
        }
    }

    /** Area code of a completed number, for the per-NPA success metric. */
    static String areaCodeOf(String completedTn) {
        return completedTn.substring(0, 3);
    }

    public List<String> unmatched() {
        return List.copyOf(unmatched);
    }
}
