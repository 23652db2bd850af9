package net.northwind.porting.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the carrier's "Telephone Number Inventory" report (CSV download of a report instance).
 * First line is a title, then one number per line, optionally followed by columns we ignore.
 */
public final class InventoryReportParser {

    private static final Pattern TEN_DIGITS = Pattern.compile("^\\d{10}$");

    public record InventoryLine(String telephoneNumber, String npa, String nxx, String rateCenter) {
    }

    public List<InventoryLine> parse(Reader csv) throws IOException {
        List<InventoryLine> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String title = reader.readLine();
            if (title == null || !title.contains("Inventory")) {
                throw new IOException("not an inventory report: " + title);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",");
                String tn = cols[0].strip();
                if (!TEN_DIGITS.matcher(tn).matches()) {
                    continue;
                }
                String rateCenter = cols.length > 1 ? cols[1].strip() : "";
                out.add(new InventoryLine(tn, tn.substring(0, 3), tn.substring(3, 6), rateCenter));
            }
        }
        return out;
    }
}
