package net.harbourline.tnbridge.model;

import java.time.Instant;

/**
 * One number of the Dashboard inventory as Harbourline's billing system stores it.
 */
public class InventoryRecord {

    private long telephoneNumber;
    private String orderId;
    private String customerId;
    private String status;
    private Instant lastSeen;

    public InventoryRecord() {
    }

    public InventoryRecord(long telephoneNumber, String orderId, String status) {
        this.telephoneNumber = telephoneNumber;
        this.orderId = orderId;
        this.status = status;
        this.lastSeen = Instant.now();
    }

    public long getTelephoneNumber() {
        return telephoneNumber;
    }

    public void setTelephoneNumber(long telephoneNumber) {
        this.telephoneNumber = telephoneNumber;
    }

    public String getOrderId() {
        return orderId;
    }

    public void setOrderId(String orderId) {
        this.orderId = orderId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Instant getLastSeen() {
        return lastSeen;
    }

    public void setLastSeen(Instant lastSeen) {
        this.lastSeen = lastSeen;
    }
}
