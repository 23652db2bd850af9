package com.northwind.numbers.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Parses the CSV of the Dashboard's "Iris Telephone Number Inventory Report".
 */
@Component
public class InventoryReportParser {

    public record InventoryRow(long telephoneNumber, String npa, String nxx, String rateCenter) {
    }

    public List<InventoryRow> parse(Reader csv) throws IOException {
        List<InventoryRow> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(csv)) {
            String line = in.readLine(); // title line
            while ((line = in.readLine()) != null) {
                String[] cols = line.split(",");
                String tn = cols[0].trim();
                if (!tn.matches("[0-9]{10}")) {
                    continue; // header or footer
                }
                long number = Long.parseLong(tn);
                String npa = tn.substring(0, 3);
                String nxx = tn.substring(3, 6);
                rows.add(new InventoryRow(number, npa, nxx, cols.length > 1 ? cols[1].trim() : ""));
            }
        }
        return rows;
    }

    public Map<String, Integer> countByNpa(List<InventoryRow> rows) {
        Map<String, Integer> counts = new HashMap<>();
        for (InventoryRow r : rows) {
            counts.merge(r.npa(), 1, Integer::sum);
        }
        return counts;
    }
}
