package com.northwind.numbers.callbacks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.stereotype.Component;

/**
 * Pending port-in and order requests, keyed by the ten-digit national number the customer typed
 * in the storefront (digits only, no country code).
 */
@Component
public class PortingStatusStore {

    public record PendingRequest(String customerId, String tenDigitTn, String customerOrderId) {
    }

    private final Map<String, PendingRequest> byTenDigitTn = new ConcurrentHashMap<>();
    /** Billing platform account keys are 11 digits: "1" + NPA-NXX-XXXX. */
    private final List<String> billingQueue = new CopyOnWriteArrayList<>();

    public void register(PendingRequest request) {
        byTenDigitTn.put(request.tenDigitTn(), request);
    }

    public Optional<PendingRequest> findByTn(String tenDigitTn) {
        return Optional.ofNullable(byTenDigitTn.get(tenDigitTn));
    }

    public void complete(String tenDigitTn) {
        byTenDigitTn.remove(tenDigitTn);
    }

    public void queueForBilling(String elevenDigitTn) {
        billingQueue.add(elevenDigitTn);
    }

    public List<String> drainBillingQueue() {
        List<String> out = List.copyOf(billingQueue);
        billingQueue.clear();
        return out;
    }
}
