package com.cobaltline.numbering.callbacks;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers we ordered and are waiting for, keyed by the number as it appears on the order
 * (NPA-NXX-XXXX without separators).
 */
public class PendingActivationStore {

    public record PendingActivation(String customerId, String customerOrderId, Instant orderedAt) {
    }

    private final Map<String, PendingActivation> pending = new ConcurrentHashMap<>();

    public void register(String telephoneNumber, String customerId, String customerOrderId) {
        pending.put(telephoneNumber, new PendingActivation(customerId, customerOrderId, Instant.now()));
    }

    public Optional<PendingActivation> take(String telephoneNumber) {
        return Optional.ofNullable(pending.remove(telephoneNumber));
    }

    public int size() {
        return pending.size();
    }
}
