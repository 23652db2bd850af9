package net.halyardcomm.backoffice.dao;

/** One row of tn_inventory. {@code tn} is the 10-digit national number (primary key). */
public final class TnRecord {

    private final String tn;
    private final int areaCode;
    private final String status;
    private final String customerId;
    private final long lastSeenEpoch;

    public TnRecord(String tn, int areaCode, String status, String customerId, long lastSeenEpoch) {
        this.tn = tn;
        this.areaCode = areaCode;
        this.status = status;
        this.customerId = customerId;
        this.lastSeenEpoch = lastSeenEpoch;
    }

    public String tn() { return tn; }
    public int areaCode() { return areaCode; }
    public String status() { return status; }
    public String customerId() { return customerId; }
    public long lastSeenEpoch() { return lastSeenEpoch; }

    public TnRecord withStatus(String newStatus) {
        return new TnRecord(tn, areaCode, newStatus, customerId, lastSeenEpoch);
    }

    @Override
    public String toString() {
        return tn + " [" + status + "]";
    }
}
