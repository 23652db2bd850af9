package net.harbourline.numberdesk.report;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Parses the CSV of the Dashboard inventory report. The first line is the report title,
 * then one number per line, optionally followed by rate center and state.
 */
@ApplicationScoped
public class InventoryReportParser {

    /** One line of the report. */
    public record InventoryRow(String tn, String npa, String rateCenter, String state) {
    }

    private static final Logger LOG = Logger.getLogger(InventoryReportParser.class.getName());
    private static final Pattern TN = Pattern.compile("^[0-9]{10}$");

    public List<InventoryRow> parse(Reader csv) {
        List<InventoryRow> rows = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",");
                String tn = cols[0].trim().replace("\"", "");
                if (!TN.matcher(tn).matches()) {
                    skipped++;
                    continue;
                }
                String npa = tn.substring(0, 3);
                rows.add(new InventoryRow(tn, npa,
                        cols.length > 1 ? cols[1].trim() : null,
                        cols.length > 2 ? cols[2].trim() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (skipped > 1) {
            LOG.warning("Inventory report: skipped " + skipped + " lines");
        }
        return rows;
    }

    /** Numbers per area code, for the capacity dashboard. */
    public Map<Integer, Long> countByAreaCode(List<InventoryRow> rows) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (InventoryRow row : rows) {
            counts.merge(Integer.parseInt(row.npa()), 1L, Long::sum);
        }
        return counts;
    }
}
