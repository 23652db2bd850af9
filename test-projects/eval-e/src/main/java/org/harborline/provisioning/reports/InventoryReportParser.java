package org.harborline.provisioning.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV downloaded by
 * {@link ReportInstanceRequester#download(String, String)}.
 */
public class InventoryReportParser {

    private static final Pattern TN_LINE = Pattern.compile("[0-9]{10}");
    private static final String HEADER = "Iris Telephone Number Inventory Report";

    public List<String> parseNumbers(String csv) throws IOException {
        List<String> numbers = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.trim();
                if (line.isEmpty() || HEADER.equals(line)) {
                    continue;
                }
                if (TN_LINE.matcher(line).matches()) {
                    numbers.add(line);
                }
            }
        }
        return numbers;
    }

    public Map<String, Integer> countByNpa(List<String> numbers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String tn : numbers) {
            counts.merge(tn.substring(0, 3), 1, Integer::sum);
        }
        return counts;
    }
}
