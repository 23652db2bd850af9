package net.northvale.voice.provisioning.reports;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Parses the CSV of the Dashboard's "Iris Telephone Number Inventory Report":
 * {@code Telephone Number,Rate Center,State,Status,...}, one number per line.
 */
@ApplicationScoped
public class InventoryReportParser {

    private static final Logger LOG = Logger.getLogger(InventoryReportParser.class.getName());

    public List<InventoryRow> parse(String csv) {
        List<InventoryRow> rows = new ArrayList<>();
        int skipped = 0;
        for (String line : csv.split("\\R")) {
            if (line.isBlank() || line.startsWith("Iris ") || line.startsWith("Telephone Number")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            String tn = cols[0].trim();
            if (!tn.matches("[0-9]{10}")) {
                skipped++;
                continue;
            }
            long numeric = Long.parseLong(tn);
            String npa = tn.substring(0, 3);
            String rateCenter = cols.length > 1 ? cols[1].trim() : "";
            String status = cols.length > 3 ? cols[3].trim() : "";
            rows.add(new InventoryRow(tn, numeric, npa, rateCenter, status));
        }
        if (skipped > 0) {
            LOG.warning(skipped + " report lines without a 10-digit number were skipped");
        }
        return rows;
    }
}
