package net.korvalink.edge.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV that the Dashboard produces for us.
 * Columns: number, rate center, area code, status, site id.
 */
@Component
public class InventoryReportParser {

    /** One line of the report. */
    public record InventoryRow(String telephoneNumber, String npa, int areaCode, String rateCenter, String status,
            String siteId) {
    }

    private static final Logger log = LoggerFactory.getLogger(InventoryReportParser.class);
    private static final Pattern TN = Pattern.compile("^\\d{10}$");
    private static final String TITLE = "Iris Telephone Number Inventory Report";

    public List<InventoryRow> parse(Reader csv) throws IOException {
        List<InventoryRow> rows = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith(TITLE) || line.startsWith("TelephoneNumber,")) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                if (cols.length < 5 || cols[0].length() != 10) {
                    skipped++;
                    continue;
                }
                if (!TN.matcher(cols[0]).matches()) {
                    skipped++;
                    continue;
                }
                String npa = cols[0].substring(0, 3);
                int areaCode = Integer.parseInt(cols[2].trim());
                rows.add(new InventoryRow(cols[0], npa, areaCode, cols[1].trim(), cols[3].trim(), cols[4].trim()));
            }
        }
        if (skipped > 0) {
            log.warn("Skipped {} unparseable lines in the inventory report", skipped);
        }
        return rows;
    }
}
