package net.tallgrasstel.backoffice.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the "Iris Telephone Number Inventory" CSV report. One number per row, first column;
 * the remaining columns depend on the report version and are read by name.
 */
public class TnInventoryReportParser {

    public record InventoryEntry(long telephoneNumber, String npa, String rateCenter, String status) {
    }

    public List<InventoryEntry> parse(Reader csv) throws IOException {
        List<InventoryEntry> entries = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(csv)) {
            String header = in.readLine();
            if (header == null) {
                return entries;
            }
            List<String> columns = List.of(header.split(","));
            int rateCenterCol = columns.indexOf("RateCenter");
            int statusCol = columns.indexOf("Status");
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!tn.matches("[0-9]{10}")) {
                    continue;
                }
                entries.add(new InventoryEntry(
                        Long.parseLong(tn),
                        tn.substring(0, 3),
                        rateCenterCol >= 0 ? cols[rateCenterCol] : "",
                        statusCol >= 0 ? cols[statusCol] : ""));
            }
        }
        return entries;
    }
}
