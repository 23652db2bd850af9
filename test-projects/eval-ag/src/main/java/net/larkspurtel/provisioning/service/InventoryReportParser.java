package net.larkspurtel.provisioning.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the Dashboard "Iris Telephone Number Inventory Report" CSV that the ops job drops into
 * the report bucket. Columns: TN, Status, NPA, RateCenter, LastModified.
 */
public class InventoryReportParser {

    public static final String REPORT_TITLE = "Iris Telephone Number Inventory Report";

    private static final Pattern TN_ROW = Pattern.compile("^(\\d{10}),.*");
    private static final int TN_COLUMN = 0;
    private static final int STATUS_COLUMN = 1;
    private static final int NPA_COLUMN = 2;
    private static final int RATE_CENTER_COLUMN = 3;
    private static final int MODIFIED_COLUMN = 4;

    public record InventoryRow(String telephoneNumber, long numericTn, int areaCode, String status,
            String rateCenter, String lastModifiedDay) {
    }

    public List<InventoryRow> parse(Reader source) throws IOException {
        List<InventoryRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith(REPORT_TITLE) || !TN_ROW.matcher(line).matches()) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                String tn = cols[TN_COLUMN].trim();
                long numericTn = Long.parseLong(tn);
                int areaCode = Integer.parseInt(cols[NPA_COLUMN].trim());
                String modified = cols[MODIFIED_COLUMN].trim();
                String day = modified.length() == 10 ? modified : modified.substring(0, 10);
                rows.add(new InventoryRow(tn, numericTn, areaCode, cols[STATUS_COLUMN].trim(),
                        cols[RATE_CENTER_COLUMN].trim(), day));
            }
        }
        return rows;
    }
}
