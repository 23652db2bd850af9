package net.kestrelwave.provisioning.callbacks;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers ordered but not yet completed, keyed by the ten-digit national number (the portal and the CRM
 * both use that form).
 */
public class PendingActivationStore {

    public record PendingActivation(String telephoneNumber, String tenantId, String orderId, Instant orderedAt) {
    }

    private final Map<String, PendingActivation> byNumber = new ConcurrentHashMap<>();

    public void put(String nationalNumber, String tenantId, String orderId) {
        byNumber.put(nationalNumber, new PendingActivation(nationalNumber, tenantId, orderId, Instant.now()));
    }

    public Optional<PendingActivation> take(String nationalNumber) {
        return Optional.ofNullable(byNumber.remove(nationalNumber));
    }

    public int size() {
        return byNumber.size();
    }
}
