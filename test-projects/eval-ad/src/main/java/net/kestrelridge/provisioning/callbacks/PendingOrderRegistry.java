package net.kestrelridge.provisioning.callbacks;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Remembers which customer order each number was ordered for, until the Dashboard calls back.
 * Keys are the numbers exactly as they came in the order event.
 */
@Singleton
public class PendingOrderRegistry {

    public record PendingOrder(String eventId, String customerOrderId, Instant submittedAt) {
    }

    private final Cache<String, PendingOrder> byTelephoneNumber;

    @Inject
    public PendingOrderRegistry(@Named("pendingOrders") Cache<String, PendingOrder> byTelephoneNumber) {
        this.byTelephoneNumber = byTelephoneNumber;
    }

    public void register(String eventId, String customerOrderId, List<String> telephoneNumbers) {
        PendingOrder pending = new PendingOrder(eventId, customerOrderId, Instant.now());
        telephoneNumbers.forEach(tn -> byTelephoneNumber.put(tn, pending));
    }

    public Optional<PendingOrder> lookup(String telephoneNumber) {
        return Optional.ofNullable(byTelephoneNumber.getIfPresent(telephoneNumber));
    }

    public void complete(String telephoneNumber) {
        byTelephoneNumber.invalidate(telephoneNumber);
    }

    public long size() {
        return byTelephoneNumber.estimatedSize();
    }
}
