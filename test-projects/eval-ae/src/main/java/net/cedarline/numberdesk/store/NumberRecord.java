package net.cedarline.numberdesk.store;

import java.time.Instant;

/**
 * One of our numbers as the local store keeps it. {@code tn} is the 10-digit national
 * number and the primary key.
 */
public record NumberRecord(String tn, int areaCode, String siteId, String status, boolean smsEnabled, Instant lastSeen) {

    public NumberRecord withStatus(String newStatus) {
        return new NumberRecord(tn, areaCode, siteId, newStatus, smsEnabled, Instant.now());
    }
}
