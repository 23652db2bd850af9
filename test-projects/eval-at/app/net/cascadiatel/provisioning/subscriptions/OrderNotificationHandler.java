package net.cascadiatel.provisioning.subscriptions;

import java.util.Optional;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.store.ProvisionedNumber;
import net.cascadiatel.provisioning.store.TnInventoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies Dashboard order notifications to our inventory. */
@Singleton
public class OrderNotificationHandler {

    private static final Logger log = LoggerFactory.getLogger(OrderNotificationHandler.class);
    private static final Pattern NATIONAL_TN = Pattern.compile("[0-9]{10}");

    private final TnInventoryStore store;

    @Inject
    public OrderNotificationHandler(TnInventoryStore store) {
        this.store = store;
    }

    public int handle(NotificationXml notification) {
        if (!"COMPLETE".equalsIgnoreCase(notification.getStatus())
                && !"PARTIAL".equalsIgnoreCase(notification.getStatus())) {
            log.info("Order {} is {}: {}", notification.getOrderId(), notification.getStatus(), notification.getMessage());
            return 0;
        }
        int applied = 0;
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            if (!NATIONAL_TN.matcher(tn).matches()) {
                log.warn("Ignoring malformed number {} in order {}", tn, notification.getOrderId());
                continue;
            }
            Optional<ProvisionedNumber> pending = store.find(tn);
            if (pending.isEmpty()) {
                log.warn("Order {} completed {} which we never requested", notification.getOrderId(), tn);
                continue;
            }
            String npa = tn.substring(0, 3);
            store.markActive(tn, pending.get().customerAccount());
            store.tagRegion(tn, npa);
            applied++;
        }
        return applied;
    }

    /** Port-ins report the FOC date; the switch needs the numbers as integers for its routing table. */
    public void handlePortIn(NotificationXml notification) {
        for (String tn : notification.getCompletedTelephoneNumbers()) {
            long routingKey = Long.parseLong(tn);
            store.scheduleCutover(routingKey, notification.getActualFocDate());
        }
    }
}
