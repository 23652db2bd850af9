package net.northvale.voice.provisioning.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A voice number we own, and which customer line it sits on. */
@Entity
@Table(name = "voice_tn", indexes = {
        @Index(name = "ux_voice_tn_tn", columnList = "tn", unique = true),
        @Index(name = "ix_voice_tn_area", columnList = "area_code")})
@NamedQuery(name = PhoneNumberEntity.BY_AREA_CODE,
        query = "select p from PhoneNumberEntity p where p.areaCode = :areaCode and p.status = :status")
public class PhoneNumberEntity {

    public static final String BY_AREA_CODE = "PhoneNumber.byAreaCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** National number as delivered by the Dashboard, e.g. 3035550142. */
    @Column(name = "tn", length = 10, nullable = false)
    private String tn;

    @Column(name = "area_code", nullable = false)
    private int areaCode;

    @Column(name = "rate_center", length = 32)
    private String rateCenter;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 16, nullable = false)
    private NumberStatus status = NumberStatus.RESERVED;

    @Column(name = "dashboard_order_id", length = 40)
    private String dashboardOrderId;

    /** Our billing account number (10 digits, printed on the customer's invoice). */
    @Column(name = "billing_account", length = 10)
    private String billingAccount;

    @Column(name = "sms_enabled")
    private boolean smsEnabled;

    @Column(name = "e911_address_id", length = 40)
    private String e911AddressId;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Version
    private int version;

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

    public String getDashboardOrderId() {
        return dashboardOrderId;
    }

    public void setDashboardOrderId(String dashboardOrderId) {
        this.dashboardOrderId = dashboardOrderId;
    }

    public String getBillingAccount() {
        return billingAccount;
    }

    public void setBillingAccount(String billingAccount) {
        this.billingAccount = billingAccount;
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

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public void setActivatedAt(Instant activatedAt) {
        this.activatedAt = activatedAt;
    }
}
