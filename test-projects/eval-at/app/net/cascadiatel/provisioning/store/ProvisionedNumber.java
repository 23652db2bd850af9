package net.cascadiatel.provisioning.store;

import java.time.Instant;

/** A number in our inventory. {@code tn} is the key of the inventory table. */
public record ProvisionedNumber(String tn, String customerAccount, Status status, String region, Instant updatedAt) {

    public enum Status { PENDING, ACTIVE, RELEASED, OPTED_OUT }

    public ProvisionedNumber withStatus(Status newStatus) {
        return new ProvisionedNumber(tn, customerAccount, newStatus, region, Instant.now());
    }

    public ProvisionedNumber withRegion(String newRegion) {
        return new ProvisionedNumber(tn, customerAccount, status, newRegion, Instant.now());
    }
}
