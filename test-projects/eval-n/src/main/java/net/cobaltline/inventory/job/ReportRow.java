package net.cobaltline.inventory.job;

/** One data line of the Dashboard TN inventory report. */
public record ReportRow(String tn, int npa, String status, String rateCenter, String siteId) {

    public boolean inService() {
        return "Inservice".equalsIgnoreCase(status) || "IN SERVICE".equalsIgnoreCase(status);
    }
}
