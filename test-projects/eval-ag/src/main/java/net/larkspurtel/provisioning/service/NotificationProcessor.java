package net.larkspurtel.provisioning.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.model.NotificationXml;
import net.larkspurtel.provisioning.util.PhoneNumbers;

/**
 * Applies Dashboard order notifications (callbacks) to our inventory and the CRM.
 */
public class NotificationProcessor {

    private static final Logger LOG = Logger.getLogger(NotificationProcessor.class.getName());

    private final InventoryStore inventory;
    private final CrmGateway crm;
    private final RegionRouting routing;

    public NotificationProcessor(InventoryStore inventory, CrmGateway crm, RegionRouting routing) {
        this.inventory = inventory;
        this.crm = crm;
        this.routing = routing;
    }

    public List<String> process(NotificationXml notification) {
        List<String> activated = new ArrayList<>();
        if (!notification.isComplete()) {
            LOG.info(() -> "order " + notification.orderId + " is " + notification.status + ", nothing to do");
            return activated;
        }
        for (String tn : notification.completedTelephoneNumbers) {
            if (tn.length() != 10) {
                LOG.warning("Skipping unexpected number " + tn + " in order " + notification.orderId);
                continue;
            }
            Optional<InventoryStore.PendingAssignment> pending = inventory.findPending(tn);
            if (pending.isEmpty()) {
                crm.flagForReview("unknown", "Dashboard completed " + tn + " but nothing was pending");
                continue;
            }
            inventory.markActive(tn, notification.orderId);
            routing.assignRegion(tn, PhoneNumbers.npa(tn));
            activated.add(tn);
        }
        return activated;
    }

    /** Port-in FOC dates arrive as ISO timestamps; the portal only wants the day. */
    public static String focDay(NotificationXml notification) {
        String foc = notification.actualFocDate;
        return foc != null && foc.length() >= 10 ? foc.substring(0, 10) : null;
    }

    /** Picks the media region (us-east4 / us-central1) that serves a number, by its NPA. */
    public static class RegionRouting {

        private static final Map<String, String> REGION_BY_NPA = Map.of(
                "919", "us-east4",
                "984", "us-east4",
                "704", "us-east4",
                "312", "us-central1",
                "773", "us-central1");

        private final Map<String, String> assigned = new ConcurrentHashMap<>();

        public String assignRegion(String tn, String npa) {
            String region = REGION_BY_NPA.getOrDefault(npa, "us-central1");
            assigned.put(tn, region);
            return region;
        }

        public String regionOf(String tn) {
            return assigned.get(tn);
        }
    }
}
