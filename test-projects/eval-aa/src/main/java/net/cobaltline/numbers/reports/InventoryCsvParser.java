package net.cobaltline.numbers.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV. The first line is the report title,
 * the second the column header; columns we use: TN, RateCenter, State, Status, SiteId.
 */
public class InventoryCsvParser {

    private static final Logger log = LoggerFactory.getLogger(InventoryCsvParser.class);

    private static final Pattern TN = Pattern.compile("^[0-9]{10}$");
    private static final String TITLE = "Iris Telephone Number Inventory Report";

    public List<InventoryRow> parse(String csv) {
        List<InventoryRow> rows = new ArrayList<>();
        int skipped = 0;
        String[] lines = csv.split("\\r?\\n");
        for (String line : lines) {
            if (line.isBlank() || line.startsWith(TITLE) || line.startsWith("TN,")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            String tn = cols[0].trim();
            if (!TN.matcher(tn).matches()) {
                skipped++;
                continue;
            }
            int areaCode = Integer.parseInt(tn.substring(0, 3));
            rows.add(new InventoryRow(tn, areaCode, col(cols, 1), col(cols, 2), col(cols, 3), col(cols, 4)));
        }
        if (skipped > 0) {
            log.warn("Skipped {} inventory lines without a ten-digit number", skipped);
        }
        return rows;
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].trim() : "";
    }
}
