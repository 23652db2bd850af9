package net.northwindtel.provisioning.store;

import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inventory of the numbers we provisioned, keyed by the national (10-digit) number as the
 * portal and billing use it. Backed by a map here; the production profile swaps in the JDBC variant.
 */
@Repository
public class TnInventoryRepository {

    public enum State { ORDERED, ACTIVE, PORTING, HOSTED_MESSAGING, RELEASED }

    public record InventoryRecord(String tn, String customerId, State state, String orderId, Instant updatedAt) {
        public InventoryRecord withState(State newState, String newOrderId) {
            return new InventoryRecord(tn, customerId, newState, newOrderId, Instant.now());
        }
    }

    private final Map<String, InventoryRecord> byTn = new ConcurrentHashMap<>();

    public Optional<InventoryRecord> findByTn(String tn) {
        return Optional.ofNullable(byTn.get(tn));
    }

    public void save(InventoryRecord record) {
        byTn.put(record.tn(), record);
    }

    public Collection<InventoryRecord> findAll() {
        return byTn.values();
    }
}
