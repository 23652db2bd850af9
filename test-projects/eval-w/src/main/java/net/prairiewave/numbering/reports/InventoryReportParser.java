package net.prairiewave.numbering.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the Dashboard "Iris Telephone Number Inventory Report" CSV:
 * {@code TN,Status,AreaCode,RateCenter,State,SiteId,LastModified}.
 */
public final class InventoryReportParser {

    private InventoryReportParser() {
    }

    public record Row(String tn, String status, int areaCode, String rateCenter, String state, String siteId) {
    }

    public static List<Row> parse(Reader source) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source)) {
            String line;
            boolean header = true;
            while ((line = in.readLine()) != null) {
                if (header || line.isBlank()) {
                    header = false;
                    continue;
                }
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (tn.length() != 10) {
                    continue;
                }
                int areaCode = Integer.parseInt(cols[2].trim());
                rows.add(new Row(tn, cols[1].trim(), areaCode, cols[3].trim(), cols[4].trim(), cols[5].trim()));
            }
        }
        return rows;
    }

    /** NPA-NXX of a report row, used for the rate-center capacity sheet. */
    public static String npaNxx(Row row) {
        return row.tn().substring(0, 6);
    }
}
