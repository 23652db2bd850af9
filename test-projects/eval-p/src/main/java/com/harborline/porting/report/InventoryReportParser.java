package com.harborline.porting.report;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV downloaded from the Dashboard.
 */
@Singleton
public class InventoryReportParser {

    private static final Pattern TN = Pattern.compile("^[0-9]{10}$");

    public List<ReportLine> parse(String csv) {
        List<ReportLine> lines = new ArrayList<>();
        for (String raw : csv.split("\\R")) {
            String[] cols = raw.split(",");
            String tn = cols[0].trim();
            if (!TN.matcher(tn).matches()) {
                continue;
            }
            long numeric = Long.parseLong(tn);
            String npa = tn.substring(0, 3);
            lines.add(new ReportLine(numeric, npa, cols.length > 1 ? cols[1].trim() : "", cols.length > 2 ? cols[2].trim() : ""));
        }
        return lines;
    }

    public record ReportLine(long telephoneNumber, String npa, String rateCenter, String status) {
    }
}
