package net.tidewatertel.numbering.reports;

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
 * Parses the Dashboard inventory report (CSV). The first line is a title
 * ("Iris Telephone Number Inventory Report"), the second the header.
 */
@Component
public class InventoryReportParser {

    /** One row of the Dashboard "Telephone Number Inventory" CSV report. */
    public record InventoryReportLine(String tn, String areaCode, String rateCenter, String status, String siteName) {
    }

    private static final Logger log = LoggerFactory.getLogger(InventoryReportParser.class);

    private static final Pattern TN_COLUMN = Pattern.compile("^\\d{10}$");

    public List<InventoryReportLine> parse(Reader csv) throws IOException {
        List<InventoryReportLine> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(csv)) {
            in.readLine(); // title
            String header = in.readLine();
            if (header == null) {
                return lines;
            }
            String row;
            int skipped = 0;
            while ((row = in.readLine()) != null) {
                String[] cols = row.split(",", -1);
                String tn = cols[0].trim();
                if (!TN_COLUMN.matcher(tn).matches()) {
                    skipped++;
                    continue;
                }
                String areaCode = tn.substring(0, 3);
                lines.add(new InventoryReportLine(tn, areaCode, col(cols, 1), col(cols, 2), col(cols, 3)));
            }
            if (skipped > 0) {
                log.warn("Inventory report: {} rows without a usable TN", skipped);
            }
        }
        return lines;
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].trim() : "";
    }
}
