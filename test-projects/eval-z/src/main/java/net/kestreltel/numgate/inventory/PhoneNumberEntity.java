package net.kestreltel.numgate.inventory;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A number of our Dashboard inventory. {@code tn} is the number exactly as the Dashboard
 * lists it; it is the natural key the callbacks and the reconciler look numbers up by.
 */
@Table("phone_number")
public record PhoneNumberEntity(
        @Id Long id,
        @Column("tn") String tn,
        @Column("area_code") int areaCode,
        @Column("status") String status,
        @Column("site_id") String siteId,
        @Column("sms_enabled") boolean smsEnabled,
        @Column("owner_mobile") String ownerMobile,
        @Column("customer_id") String customerId,
        @Column("last_synced_at") Instant lastSyncedAt) {

    public static PhoneNumberEntity fromInventory(String tn, int areaCode, String siteId) {
        return new PhoneNumberEntity(null, tn, areaCode, "INSERVICE", siteId, false, null, null, Instant.now());
    }

    public PhoneNumberEntity withStatus(String newStatus, Instant at) {
        return new PhoneNumberEntity(id, tn, areaCode, newStatus, siteId, smsEnabled, ownerMobile, customerId, at);
    }

    public PhoneNumberEntity withSmsEnabled(boolean enabled) {
        return new PhoneNumberEntity(id, tn, areaCode, status, siteId, enabled, ownerMobile, customerId, lastSyncedAt);
    }

    public PhoneNumberEntity assignedTo(String customer, String mobile) {
        return new PhoneNumberEntity(id, tn, areaCode, "ASSIGNED", siteId, smsEnabled, mobile, customer, Instant.now());
    }
}
