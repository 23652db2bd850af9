package net.northvale.voice.provisioning.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Free number blocks per area code, refreshed nightly from the Dashboard's NPA-NXX search. */
@Entity
@Table(name = "area_code_inventory")
public class AreaCodeEntity {

    @Id
    @Column(name = "npa")
    private Integer npa;

    @Column(name = "market", length = 32)
    private String market;

    @Column(name = "available_blocks")
    private int availableBlocks;

    @Column(name = "refreshed_at")
    private Instant refreshedAt;

    public AreaCodeEntity() {
    }

    public AreaCodeEntity(Integer npa, String market) {
        this.npa = npa;
        this.market = market;
    }

    public Integer getNpa() {
        return npa;
    }

    public String getMarket() {
        return market;
    }

    public int getAvailableBlocks() {
        return availableBlocks;
    }

    public void setAvailableBlocks(int availableBlocks) {
        this.availableBlocks = availableBlocks;
        this.refreshedAt = Instant.now();
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }
}
