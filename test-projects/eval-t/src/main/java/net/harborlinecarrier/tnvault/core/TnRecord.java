package net.harborlinecarrier.tnvault.core;

/**
 * A row of tn_inventory. {@code tn} is the 10-digit national number (CHAR(10)), which is also
 * what the switches and the billing system use.
 */
public record TnRecord(long id, String tn, String npa, String status, String customerId, String sipPeerId) {

    public boolean isSpare() {
        return "SPARE".equals(status);
    }
}
