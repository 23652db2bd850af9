package com.harborline.porting.data;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("inventory_number")
public class InventoryNumber {

    @Id
    private long telephoneNumber;
    private int areaCode;
    private String rateCenter;
    private String status;
    private Instant lastSeen;

    public long getTelephoneNumber() { return telephoneNumber; }
    public void setTelephoneNumber(long telephoneNumber) { this.telephoneNumber = telephoneNumber; }
    public int getAreaCode() { return areaCode; }
    public void setAreaCode(int areaCode) { this.areaCode = areaCode; }
    public String getRateCenter() { return rateCenter; }
    public void setRateCenter(String rateCenter) { this.rateCenter = rateCenter; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Instant getLastSeen() { return lastSeen; }
    public void setLastSeen(Instant lastSeen) { this.lastSeen = lastSeen; }
}
