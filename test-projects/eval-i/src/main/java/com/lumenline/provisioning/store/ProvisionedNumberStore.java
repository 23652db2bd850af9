package com.lumenline.provisioning.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Repository;

/**
 * Provisioning state. In production this is backed by the {@code provisioned_number} table
 * (see db/migration); the in-memory map is what the service and its tests run against here.
 * Keys are ten-digit national numbers, as the portal has always stored them.
 */
@Repository
public class ProvisionedNumberStore {

    private final Map<String, ProvisionedNumber> byTenDigit = new ConcurrentHashMap<>();
    private final Map<String, String> orderStatus = new ConcurrentHashMap<>();

    public void savePending(String tenDigitNumber, String customerId, String orderId) {
        byTenDigit.put(tenDigitNumber, new ProvisionedNumber(tenDigitNumber, customerId, orderId,
                ProvisionedNumber.Status.PENDING, null, Instant.now()));
    }

    public Optional<ProvisionedNumber> findByTenDigit(String tenDigitNumber) {
        return Optional.ofNullable(byTenDigit.get(tenDigitNumber));
    }

    public void markActive(String tenDigitNumber, String orderId) {
        byTenDigit.computeIfPresent(tenDigitNumber, (k, v) -> v.withStatus(ProvisionedNumber.Status.ACTIVE, orderId));
    }

    public void markReleased(String tenDigitNumber) {
        byTenDigit.computeIfPresent(tenDigitNumber, (k, v) -> v.withStatus(ProvisionedNumber.Status.RELEASED, v.dashboardOrderId()));
    }

    public void recordBillingAreaCode(String tenDigitNumber, String areaCode) {
        byTenDigit.computeIfPresent(tenDigitNumber, (k, v) -> v.withBillingAreaCode(areaCode));
    }

    public void recordOrderStatus(String orderId, String status, String message) {
        orderStatus.put(orderId, status + (message == null ? "" : ": " + message));
    }

    public Optional<String> orderStatus(String orderId) {
        return Optional.ofNullable(orderStatus.get(orderId));
    }

    public List<ProvisionedNumber> forCustomer(String customerId) {
        return byTenDigit.values().stream().filter(n -> customerId.equals(n.customerId())).toList();
    }

    public List<ProvisionedNumber> all() {
        return List.copyOf(byTenDigit.values());
    }
}
