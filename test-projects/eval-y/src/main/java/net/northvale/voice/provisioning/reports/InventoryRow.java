package net.northvale.voice.provisioning.reports;

/** One line of the Telephone Number Inventory report. */
public record InventoryRow(String tn, long numericTn, String npa, String rateCenter, String status) {

    public boolean inService() {
        return "Inservice".equalsIgnoreCase(status);
    }
}
