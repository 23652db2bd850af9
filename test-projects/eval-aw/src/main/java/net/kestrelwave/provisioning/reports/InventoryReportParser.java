package net.kestrelwave.provisioning.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Parses the Dashboard's "Iris Telephone Number Inventory Report" CSV: a title line, then one number
 * per line.
 */
public class InventoryReportParser {

    public record InventoryReport(String title, Map<String, List<String>> numbersByAreaCode, int total) {
    }

    private static final Pattern NUMBER_LINE = Pattern.compile("[0-9]{10}");

    public InventoryReport parse(String csv) {
        String[] lines = csv.split("\\R");
        String title = lines.length > 0 ? lines[0].strip() : "";
        Map<String, List<String>> byAreaCode = new TreeMap<>();
        int total = 0;
        for (String line : lines) {
            String value = line.strip();
            if (!NUMBER_LINE.matcher(value).matches()) {
                continue;
            }
            byAreaCode.computeIfAbsent(value.substring(0, 3), k -> new ArrayList<>()).add(value);
            total++;
        }
        return new InventoryReport(title, byAreaCode, total);
    }
}
