package net.harborlight.numops.store;

import java.time.Instant;

/**
 * Which customer a number is assigned to. {@code tn} is the 10-digit national number, the way
 * the billing system and the CRM store it.
 */
public record NumberAssignment(String tn, String customerId, Status status, String dashboardOrderId, Instant updatedAt) {

    public enum Status { RESERVED, ORDERED, ACTIVE, PORTING, DISCONNECTED }

    public NumberAssignment withStatus(Status newStatus) {
        return new NumberAssignment(tn, customerId, newStatus, dashboardOrderId, Instant.now());
    }

    public NumberAssignment withOrder(String orderId) {
        return new NumberAssignment(tn, customerId, status, orderId, Instant.now());
    }
}
