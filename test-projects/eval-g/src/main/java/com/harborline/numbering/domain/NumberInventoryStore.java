package com.harborline.numbering.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory cache in front of the inventory table. Keyed by the 10-digit
 * national number, exactly as the inventory table's primary key.
 */
@ApplicationScoped
public class NumberInventoryStore {

    private final Map<String, TenantNumber> byNationalNumber = new ConcurrentHashMap<>();
    private final Map<String, String> orderToTenant = new ConcurrentHashMap<>();

    public void put(TenantNumber number) {
        byNationalNumber.put(number.getNationalNumber(), number);
        if (number.getDashboardOrderId() != null) {
            orderToTenant.put(number.getDashboardOrderId(), number.getTenantId());
        }
    }

    public Optional<TenantNumber> find(String nationalNumber) {
        return Optional.ofNullable(byNationalNumber.get(nationalNumber));
    }

    public boolean contains(String nationalNumber) {
        return byNationalNumber.containsKey(nationalNumber);
    }

    public Optional<String> tenantForOrder(String orderId) {
        return Optional.ofNullable(orderToTenant.get(orderId));
    }

    public void updateStatus(String nationalNumber, ProvisioningStatus status) {
        byNationalNumber.computeIfPresent(nationalNumber, (k, v) -> {
            v.setStatus(status);
            v.setUpdatedAt(Instant.now());
            return v;
        });
    }

    public Collection<TenantNumber> all() {
        return byNationalNumber.values();
    }
}
