package net.kestrelwave.integration.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Cache in front of the inventory tables; the OSS sync job reloads it every night.
 * Numbers are keyed by the ten-digit national number, which is how the OSS and billing
 * have always stored them.
 */
@Component
public class InventoryStore {

    private final Map<String, InventoryRecord> byTn = new ConcurrentHashMap<>();

    public InventoryRecord findByTn(String tn) {
        return byTn.get(tn);
    }

    public void markInService(String tn, String npa) {
        byTn.merge(tn, new InventoryRecord(tn, npa, null, "IN_SERVICE", Instant.now()),
                (old, fresh) -> old.withStatus("IN_SERVICE"));
    }

    public void updateStatus(String tn, String status) {
        byTn.computeIfPresent(tn, (k, rec) -> rec.withStatus(status));
    }

    public Collection<InventoryRecord> all() {
        return List.copyOf(byTn.values());
    }

    public record InventoryRecord(String tn, String npa, String customerId, String status, Instant updatedAt) {

        public InventoryRecord withStatus(String newStatus) {
            return new InventoryRecord(tn, npa, customerId, newStatus, Instant.now());
        }
    }
}
