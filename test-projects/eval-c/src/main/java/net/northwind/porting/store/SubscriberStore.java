package net.northwind.porting.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory copy of the reseller subscriber table, keyed by the national (10-digit) number as our
 * billing system stores it. Loaded at start-up from the nightly CRM extract.
 */
public final class SubscriberStore {

    public record Subscriber(String tn, String resellerId, String customerName, String status) {
        public Subscriber withStatus(String newStatus) {
            return new Subscriber(tn, resellerId, customerName, newStatus);
        }
    }

    private final Map<String, Subscriber> byTn = new ConcurrentHashMap<>();

    public void put(Subscriber subscriber) {
        byTn.put(subscriber.tn(), subscriber);
    }

    public Optional<Subscriber> find(String tenDigitTn) {
        return Optional.ofNullable(byTn.get(tenDigitTn));
    }

    public void markStatus(String tenDigitTn, String status) {
        byTn.computeIfPresent(tenDigitTn, (k, s) -> s.withStatus(status));
    }

    public int size() {
        return byTn.size();
    }
}
