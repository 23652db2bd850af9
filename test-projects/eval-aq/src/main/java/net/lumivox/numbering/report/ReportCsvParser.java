package net.lumivox.numbering.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the CSV of the Dashboard's "Iris Telephone Number Inventory Report".
 */
public class ReportCsvParser {

    public record ReportRow(String tn, String npa, String site, String status) {
    }

    static final String TITLE = "Iris Telephone Number Inventory Report";
    private static final Pattern TN = Pattern.compile("^[0-9]{10}$");

    public List<ReportRow> parse(String csv) {
        List<ReportRow> rows = new ArrayList<>();
        String[] lines = csv.split("\\R");
        if (lines.length == 0 || !lines[0].trim().equals(TITLE)) {
            throw new IllegalArgumentException("Not an inventory report");
        }
        for (int i = 1; i < lines.length; i++) {
            String[] cols = lines[i].split(",", -1);
            String tn = cols[0].trim();
            if (!TN.matcher(tn).matches()) {
                continue;
            }
            String npa = tn.substring(0, 3);
            rows.add(new ReportRow(tn, npa, column(cols, 1), column(cols, 2)));
        }
        return rows;
    }

    private static String column(String[] cols, int index) {
        return cols.length > index ? cols[index].trim() : "";
    }
}
