package com.northforktel.numbering.inventory;

import java.time.Instant;

/**
 * One row of our TN inventory.
 */
public record NumberRecord(String tn, int areaCode, Status status, Instant lastSeen) {

    public enum Status {
        AVAILABLE,
        IN_SERVICE,
        PORTING_IN,
        HOSTED_MESSAGING,
        DISCONNECTED
    }

    public NumberRecord withStatus(Status newStatus) {
        return new NumberRecord(tn, areaCode, newStatus, Instant.now());
    }
}
