package net.cobaltline.inventory.domain;

import java.time.Instant;

/**
 * One telephone number we hold for a customer. {@code tn} is the national ten-digit form; it is the
 * key the billing system and the portal use.
 */
public record InventoryRecord(
        String tn,
        String customerId,
        NumberStatus status,
        boolean smsEnabled,
        String e911AddressId,
        String dashboardOrderId,
        Instant lastSeenInReport) {

    public InventoryRecord withStatus(NumberStatus newStatus) {
        return new InventoryRecord(tn, customerId, newStatus, smsEnabled, e911AddressId, dashboardOrderId,
                lastSeenInReport);
    }

    public InventoryRecord withSms(boolean enabled) {
        return new InventoryRecord(tn, customerId, status, enabled, e911AddressId, dashboardOrderId,
                lastSeenInReport);
    }

    public InventoryRecord seenAt(Instant when) {
        return new InventoryRecord(tn, customerId, status, smsEnabled, e911AddressId, dashboardOrderId, when);
    }
}
