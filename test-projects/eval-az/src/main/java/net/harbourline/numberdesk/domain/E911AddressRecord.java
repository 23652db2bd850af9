package net.harbourline.numberdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "e911_address")
public class E911AddressRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dashboard_address_id", length = 40)
    private String dashboardAddressId;

    @Column(name = "zip", length = 10)
    private String zip;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    protected E911AddressRecord() {
    }

    public E911AddressRecord(String dashboardAddressId, String zip) {
        this.dashboardAddressId = dashboardAddressId;
        this.zip = zip;
        this.verifiedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getDashboardAddressId() {
        return dashboardAddressId;
    }

    public String getZip() {
        return zip;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
