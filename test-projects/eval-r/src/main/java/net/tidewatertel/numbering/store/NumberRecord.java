package net.tidewatertel.numbering.store;

import java.time.Instant;

/**
 * One number of the carrier's inventory, as kept in {@code tn_inventory}.
 *
 * @param tn            the number as the Dashboard reports it
 * @param npa           area code, for the per-area capacity reports
 * @param status        IN_SERVICE, PORTING, HOSTED_MESSAGING, DISCONNECTED
 * @param siteId        Dashboard site (sub-account)
 * @param smsEnabled    whether messaging is on
 * @param e911AddressId Dashboard E911 address id, if provisioned
 * @param lastSyncedAt  last time the inventory sync saw it
 */
public record NumberRecord(String tn,
                           int npa,
                           String status,
                           String siteId,
                           boolean smsEnabled,
                           String e911AddressId,
                           Instant lastSyncedAt) {

  public static final String IN_SERVICE = "IN_SERVICE";
  public static final String PORTING = "PORTING";
  public static final String HOSTED_MESSAGING = "HOSTED_MESSAGING";
  public static final String DISCONNECTED = "DISCONNECTED";

  public static NumberRecord inService(String tn, int npa, String siteId) {
    return new NumberRecord(tn, npa, IN_SERVICE, siteId, false, null, Instant.now());
  }

  public NumberRecord withStatus(String newStatus) {
    return new NumberRecord(tn, npa, newStatus, siteId, smsEnabled, e911AddressId, Instant.now());
  }

  public NumberRecord withSms(boolean enabled) {
    return new NumberRecord(tn, npa, status, siteId, enabled, e911AddressId, lastSyncedAt);
  }
}
