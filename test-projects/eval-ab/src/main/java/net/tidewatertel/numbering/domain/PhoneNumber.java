package net.tidewatertel.numbering.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One telephone number of our inventory, mirrored from the Dashboard by the nightly
 * reconciliation and kept current by order callbacks.
 */
@Entity
@Table(name = "phone_number", indexes = @Index(name = "ux_phone_number_tn", columnList = "tn", unique = true))
public class PhoneNumber {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** National format, as the Dashboard returns it. */
    @Column(name = "tn", length = 10, nullable = false)
    private String tn;

    @Column(name = "area_code", nullable = false)
    private int areaCode;

    @Column(name = "rate_center", length = 20)
    private String rateCenter;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private NumberStatus status = NumberStatus.RESERVED;

    @Column(name = "customer_account")
    private String customerAccount;

    @Column(name = "sms_enabled")
    private boolean smsEnabled;

    @Column(name = "e911_address_id", length = 40)
    private String e911AddressId;

    @Column(name = "last_synced")
    private Instant lastSynced;

    protected PhoneNumber() {
    }

    public PhoneNumber(String tn) {
        this.tn = tn;
    }

    public Long getId() {
        return id;
    }

    public String getTn() {
        return tn;
    }

    public void setTn(String tn) {
        this.tn = tn;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(int areaCode) {
        this.areaCode = areaCode;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public void setRateCenter(String rateCenter) {
        this.rateCenter = rateCenter;
    }

    public NumberStatus getStatus() {
        return status;
    }

    public void setStatus(NumberStatus status) {
        this.status = status;
    }

    public String getCustomerAccount() {
        return customerAccount;
    }

    public void setCustomerAccount(String customerAccount) {
        this.customerAccount = customerAccount;
    }

    public boolean isSmsEnabled() {
        return smsEnabled;
    }

    public void setSmsEnabled(boolean smsEnabled) {
        this.smsEnabled = smsEnabled;
    }

    public String getE911AddressId() {
        return e911AddressId;
    }

    public void setE911AddressId(String e911AddressId) {
        this.e911AddressId = e911AddressId;
    }

    public Instant getLastSynced() {
        return lastSynced;
    }

    public void setLastSynced(Instant lastSynced) {
        this.lastSynced = lastSynced;
    }
}
