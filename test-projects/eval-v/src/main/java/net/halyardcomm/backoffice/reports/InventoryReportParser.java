package net.halyardcomm.backoffice.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Parses the Dashboard's TN inventory CSV. First line is the report title, second the column
 * header, then one number per line: TN,RateCenter,Site.
 */
public class InventoryReportParser {

    private static final Logger LOG = Logger.getLogger(InventoryReportParser.class.getName());
    private static final Pattern TN = Pattern.compile("^\\d{10}$");
    private static final String TITLE = "Iris Telephone Number Inventory Report";

    public List<InventoryReportRow> parse(Reader csv) {
        List<InventoryReportRow> rows = new ArrayList<InventoryReportRow>();
        int skipped = 0;
        try (BufferedReader in = new BufferedReader(csv)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith(TITLE) || line.startsWith("TN,")) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!TN.matcher(tn).matches()) {
                    skipped++;
                    continue;
                }
                Integer npa = Integer.valueOf(tn.substring(0, 3));
                rows.add(new InventoryReportRow(tn, npa, col(cols, 1), col(cols, 2)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (skipped > 0) {
            LOG.warning("skipped " + skipped + " report lines that were not 10-digit numbers");
        }
        return rows;
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].trim() : "";
    }
}
