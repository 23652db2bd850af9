package io.northstarvoice.toolkit.model;

import java.time.Instant;

/** A customer's request to move a number to Northstar. {@code tn} is kept as 10 digits. */
public record PortRequest(String ticketId, String customerId, String tn, String bandwidthOrderId,
                          Status status, Instant requestedAt, long activatedTn) {

    public enum Status { DRAFT, SUBMITTED, FOC, ACTIVE, REJECTED }

    public PortRequest withStatus(Status next, long activated) {
        return new PortRequest(ticketId, customerId, tn, bandwidthOrderId, next, requestedAt, activated);
    }
}
