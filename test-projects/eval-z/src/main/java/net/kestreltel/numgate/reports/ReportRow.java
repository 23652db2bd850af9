package net.kestreltel.numgate.reports;

/** One line of the Dashboard's "TN inventory" report. */
public record ReportRow(
        String tn,
        long tnKey,
        int areaCode,
        String status,
        String siteId,
        String lastModified) {
}
