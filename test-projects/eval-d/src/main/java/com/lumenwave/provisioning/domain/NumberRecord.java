package com.lumenwave.provisioning.domain;

import java.time.Instant;

/**
 * A number in Lumenwave's inventory. {@code telephoneNumber} is stored as the
 * 10-digit national number, which is what billing and the portal use.
 */
public record NumberRecord(String telephoneNumber, String customerId, String areaCode, Status status,
                           Instant updatedAt) {

    public enum Status { RESERVED, ORDERED, ACTIVE, MESSAGING_ENABLED, RELEASED }

    public NumberRecord withStatus(Status newStatus) {
        return new NumberRecord(telephoneNumber, customerId, areaCode, newStatus, Instant.now());
    }
}
