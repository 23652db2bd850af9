package org.harborline.provisioning.model;

import com.bandwidth.iris.sdk.model.TelephoneNumber;

/**
 * One row of our TN inventory, refreshed nightly from the Dashboard in-service list.
 */
public class InventoryRecord {

    private long telephoneNumber;
    private int areaCode;
    private String city;
    private String state;
    private String rateCenter;
    private long lastSyncEpochSeconds;

    public static InventoryRecord fromIris(TelephoneNumber tn, long syncedAt) {
        InventoryRecord r = new InventoryRecord();
        r.telephoneNumber = Long.parseLong(tn.getFullNumber());
        String npa = tn.getFullNumber().substring(0, 3);
        r.areaCode = Integer.parseInt(npa);
        r.city = tn.getCity();
        r.state = tn.getState();
        r.rateCenter = tn.getRateCenter();
        r.lastSyncEpochSeconds = syncedAt;
        return r;
    }

    public long getTelephoneNumber() {
        return telephoneNumber;
    }

    public int getAreaCode() {
        return areaCode;
    }

    public String getCity() {
        return city;
    }

    public String getState() {
        return state;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public long getLastSyncEpochSeconds() {
        return lastSyncEpochSeconds;
    }

    public boolean isTollFree() {
        return areaCode == 800 || areaCode == 888 || areaCode == 877 || areaCode == 866;
    }
}
