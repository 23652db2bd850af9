package net.larkspurtel.provisioning.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers we are waiting on, keyed by the 10-digit national number the portal stores
 * (Firestore collection {@code pending-assignments}). The in-memory variant backs tests and
 * local runs.
 */
public interface InventoryStore {

    record PendingAssignment(String nationalNumber, String customerId, String orderId) {
    }

    Optional<PendingAssignment> findPending(String nationalNumber);

    void markActive(String nationalNumber, String orderId);

    void markFailed(String nationalNumber, String reason);

    Collection<PendingAssignment> pending();

    final class InMemory implements InventoryStore {
        private final Map<String, PendingAssignment> pending = new ConcurrentHashMap<>();
        private final Map<String, String> active = new ConcurrentHashMap<>();
        private final Map<String, String> failed = new ConcurrentHashMap<>();

        public void addPending(PendingAssignment assignment) {
            pending.put(assignment.nationalNumber(), assignment);
        }

        @Override
        public Optional<PendingAssignment> findPending(String nationalNumber) {
            return Optional.ofNullable(pending.get(nationalNumber));
        }

        @Override
        public void markActive(String nationalNumber, String orderId) {
            pending.remove(nationalNumber);
            active.put(nationalNumber, orderId);
        }

        @Override
        public void markFailed(String nationalNumber, String reason) {
            pending.remove(nationalNumber);
            failed.put(nationalNumber, reason);
        }

        @Override
        public Collection<PendingAssignment> pending() {
            return pending.values();
        }

        public boolean isActive(String nationalNumber) {
            return active.containsKey(nationalNumber);
        }
    }
}
