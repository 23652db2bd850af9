package com.cascadia.numprov.callback;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers waiting for Bandwidth to complete an order, keyed by the 10-digit number the
 * order-entry portal stores (the billing system has no country code column).
 */
public class ActivationStore {

    public record PendingActivation(String tenDigitTn, String customerId, String ticket) {
    }

    private final Map<String, PendingActivation> byTn = new ConcurrentHashMap<>();

    public void add(PendingActivation activation) {
        byTn.put(activation.tenDigitTn(), activation);
    }

    public Optional<PendingActivation> find(String tenDigitTn) {
        return Optional.ofNullable(byTn.get(tenDigitTn));
    }

    public void complete(String tenDigitTn) {
        byTn.remove(tenDigitTn);
    }
}
