package io.northstarvoice.toolkit.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Parses the Dashboard "Iris Telephone Number Inventory Report" CSV: a title line, then one
 * number per line, optionally followed by rate center columns.
 */
public class InventoryReportParser {

    private static final Pattern TN_COLUMN = Pattern.compile("^\\d{10}$");

    public record InventoryLine(String tn, int areaCode, String rateCenter) {
    }

    public List<InventoryLine> parse(Reader csv) throws IOException {
        List<InventoryLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String row;
            while ((row = reader.readLine()) != null) {
                String[] cols = row.split(",");
                String tn = cols[0].trim();
                if (!TN_COLUMN.matcher(tn).matches()) {
                    continue; // header or footer
                }
                String npa = tn.substring(0, 3);
                int areaCode = Integer.parseInt(npa);
                lines.add(new InventoryLine(tn, areaCode, cols.length > 1 ? cols[1].trim() : ""));
            }
        }
        return lines;
    }

    public Map<Integer, Long> countByAreaCode(List<InventoryLine> lines) {
        Map<Integer, Long> counts = new TreeMap<>();
        lines.forEach(l -> counts.merge(l.areaCode(), 1L, Long::sum));
        return counts;
    }
}
