package net.harbourline.numberdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
@Table(name = "phone_number")
@NamedQuery(name = "PhoneNumber.byTn", query = "select p from PhoneNumber p where p.tn = :tn")
@NamedQuery(name = "PhoneNumber.byAreaCode", query = "select p from PhoneNumber p where p.areaCode = :areaCode")
public class PhoneNumber {

    public enum Status { RESERVED, IN_SERVICE, PORTED_IN, DISCONNECTED }

    @Id
    @Column(name = "tn", length = 10, nullable = false)
    private String tn;

    @Column(name = "npa")
    private int areaCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20)
    private Status status = Status.RESERVED;

    @Column(name = "customer_account", length = 10)
    private String customerAccount;

    @Column(name = "billing_tn", length = 10)
    private String billingTn;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected PhoneNumber() {
    }

    public PhoneNumber(String tn) {
        this.tn = tn;
    }

    public String getTn() {
        return tn;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(int areaCode) {
        this.areaCode = areaCode;
    }

    public Status getStatus() {
        return status;
    }

    public void setStatus(Status status) {
        this.status = status;
        this.updatedAt = Instant.now();
    }

    public String getCustomerAccount() {
        return customerAccount;
    }

    public void setCustomerAccount(String customerAccount) {
        this.customerAccount = customerAccount;
    }

    public String getBillingTn() {
        return billingTn;
    }

    public void setBillingTn(String billingTn) {
        this.billingTn = billingTn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
