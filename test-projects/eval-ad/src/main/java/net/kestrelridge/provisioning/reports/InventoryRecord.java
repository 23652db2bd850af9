package net.kestrelridge.provisioning.reports;

/**
 * One line of the Dashboard's TN inventory report.
 */
public record InventoryRecord(long telephoneNumber, String rateCenter, String state, String status) {

    public String npa() {
        return Long.toString(telephoneNumber).substring(0, 3);
    }
}
