package com.quillcrest.provisioning.legacy;

/**
 * One billable row of a Dashboard report CSV, as the 2017 billing reconciliation read it:
 * {@code telephoneNumber,rateCenter,state,siteId}.
 */
public class ReportCsvRow {

    private final long telephoneNumber;
    private final String rateCenter;
    private final String state;

    public ReportCsvRow(long telephoneNumber, String rateCenter, String state) {
        this.telephoneNumber = telephoneNumber;
        this.rateCenter = rateCenter;
        this.state = state;
    }

    public static ReportCsvRow parse(String line) {
        String[] cols = line.split(",");
        return new ReportCsvRow(
                Long.parseLong(cols[0].trim()),
                cols.length > 1 ? cols[1].trim() : "",
                cols.length > 2 ? cols[2].trim() : "");
    }

    public long getTelephoneNumber() {
        return telephoneNumber;
    }

    public String getRateCenter() {
        return rateCenter;
    }

    public String getState() {
        return state;
    }
}
