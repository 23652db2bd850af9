package net.prairiewave.numbering.inventory;

import java.time.Instant;

/**
 * One number of our inventory as the sync job stores it. {@code number} is the national
 * number as the Dashboard returns it in inserviceNumbers / order responses.
 */
public record TelephoneNumberRecord(
        long number,
        int areaCode,
        String status,
        String siteId,
        String e911AddressId,
        boolean smsEnabled,
        Instant lastSynced) {

    public static TelephoneNumberRecord fromDashboard(String tn, String status, String siteId) {
        return new TelephoneNumberRecord(Long.parseLong(tn), Integer.parseInt(tn.substring(0, 3)),
                status, siteId, null, false, Instant.now());
    }

    public String display() {
        String s = Long.toString(number);
        return "(" + s.substring(0, 3) + ") " + s.substring(3, 6) + "-" + s.substring(6);
    }
}
