package net.korvalink.edge.persistence;

import java.time.OffsetDateTime;

/** A row of number_inventory, our own system of record for numbers. */
public class NumberRecord {

    private String tn;
    private Integer areaCode;
    private String status;
    private String customerId;
    private String lastOrderId;
    private long billingAccount;
    private OffsetDateTime updatedAt;

    public String getTn() {
        return tn;
    }

    public void setTn(String tn) {
        this.tn = tn;
    }

    public Integer getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(Integer areaCode) {
        this.areaCode = areaCode;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCustomerId() {
        return customerId;
    }

    public void setCustomerId(String customerId) {
        this.customerId = customerId;
    }

    public String getLastOrderId() {
        return lastOrderId;
    }

    public void setLastOrderId(String lastOrderId) {
        this.lastOrderId = lastOrderId;
    }

    public long getBillingAccount() {
        return billingAccount;
    }

    public void setBillingAccount(long billingAccount) {
        this.billingAccount = billingAccount;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(OffsetDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
