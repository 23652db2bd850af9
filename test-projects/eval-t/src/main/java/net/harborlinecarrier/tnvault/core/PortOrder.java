package net.harborlinecarrier.tnvault.core;

import java.time.Instant;

/** A port-in or new-number order we placed with the Dashboard and still follow. */
public record PortOrder(long id, String customerId, String dashboardOrderId, String orderType,
                        String status, Instant createdAt) {
}
