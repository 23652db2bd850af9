package com.harborline.numbering.report;

import com.harborline.numbering.dto.InventoryReportRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses the CSV of the Dashboard "Iris Telephone Number Inventory Report".
 * First line is the report title, second the header row.
 */
@ApplicationScoped
public class InventoryReportParser {

    private static final Pattern TEN_DIGITS = Pattern.compile("^\\d{10}$");

    public List<InventoryReportRow> parse(Reader csv) throws IOException {
        List<InventoryReportRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (lineNo <= 2 || line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!TEN_DIGITS.matcher(tn).matches()) {
                    continue;
                }
                rows.add(new InventoryReportRow(
                        Long.parseLong(tn),
                        col(cols, 1),
                        col(cols, 2),
                        col(cols, 3),
                        col(cols, 4)));
            }
        }
        return rows;
    }

    /** Counts per NPA for the capacity dashboard. */
    public Map<String, Long> countByAreaCode(List<InventoryReportRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(
                row -> String.valueOf(row.telephoneNumber()).substring(0, 3),
                TreeMap::new,
                Collectors.counting()));
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].trim() : "";
    }
}
