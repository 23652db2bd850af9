package com.lumenline.provisioning.store;

import java.time.Instant;

/**
 * A number we have ordered or hold, keyed by its ten-digit national form.
 */
public record ProvisionedNumber(
        String tenDigitNumber,
        String customerId,
        String dashboardOrderId,
        Status status,
        String billingAreaCode,
        Instant updatedAt) {

    public enum Status { PENDING, ACTIVE, RELEASED }

    public ProvisionedNumber withStatus(Status newStatus, String orderId) {
        return new ProvisionedNumber(tenDigitNumber, customerId, orderId, newStatus, billingAreaCode, Instant.now());
    }

    public ProvisionedNumber withBillingAreaCode(String areaCode) {
        return new ProvisionedNumber(tenDigitNumber, customerId, dashboardOrderId, status, areaCode, Instant.now());
    }
}
