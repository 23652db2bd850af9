package net.kestrelvoice.numbering.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Our view of the numbers we hold, keyed by 10-digit national number (the key the billing
 * system and the PBX dial plan use). Backed by the provisioning database in production; this
 * in-memory implementation is used by the gateway cache and the tests.
 */
public class TnInventoryStore {

    public enum State { RESERVED, ORDERED, ACTIVE, PORTING, RELEASED }

    public record TnRecord(String tn, String customerId, State state, String orderId, Instant updated) {
        public TnRecord with(State newState, String newOrderId) {
            return new TnRecord(tn, customerId, newState, newOrderId, Instant.now());
        }
    }

    private final Map<String, TnRecord> byTn = new ConcurrentHashMap<>();

    public void put(TnRecord record) {
        byTn.put(record.tn(), record);
    }

    public Optional<TnRecord> findByTn(String tn) {
        return Optional.ofNullable(byTn.get(tn));
    }

    public Collection<TnRecord> all() {
        return byTn.values();
    }

    public void markActive(String tn, String orderId) {
        byTn.computeIfPresent(tn, (k, r) -> r.with(State.ACTIVE, orderId));
    }

    public int size() {
        return byTn.size();
    }
}
