package net.harborlinecarrier.tnvault.recon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Parses the Dashboard's "TN Inventory" CSV report. First line is the report title, then one
 * number per line, optionally followed by columns we ignore.
 */
public class ReportCsvParser {

    private static final Pattern TN = Pattern.compile("^\\d{10}$");

    private final Map<String, Integer> perNpa = new TreeMap<>();
    private int skipped;

    public Set<String> parse(Reader source) throws IOException {
        Set<String> numbers = new LinkedHashSet<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line = reader.readLine(); // "Iris Telephone Number Inventory Report"
            while ((line = reader.readLine()) != null) {
                String tn = line.split(",")[0].trim();
                if (!TN.matcher(tn).matches()) {
                    skipped++;
                    continue;
                }
                numbers.add(tn);
                perNpa.merge(tn.substring(0, 3), 1, Integer::sum);
            }
        }
        return numbers;
    }

    public Map<String, Integer> countsPerNpa() {
        return perNpa;
    }

    public int skipped() {
        return skipped;
    }
}
