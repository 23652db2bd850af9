package net.kestrelwave.integration.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV downloaded by ReportInstanceClient.
 */
@Component
public class InventoryReportParser {

    private static final Pattern TN_ROW = Pattern.compile("^(\\d{10}),([^,]*),([A-Z]{2}),(\\d{4}-\\d{2}-\\d{2}).*");

    public List<InventoryLine> parse(Reader csv) throws IOException {
        List<InventoryLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String row;
            while ((row = reader.readLine()) != null) {
                Matcher m = TN_ROW.matcher(row);
                if (!m.matches()) {
                    continue;
                }
                String tn = m.group(1);
                lines.add(new InventoryLine(tn, tn.substring(0, 3), m.group(2), m.group(3), LocalDate.parse(m.group(4))));
            }
        }
        return lines;
    }

    /** Older exports had no date column; kept for the 2019 archive import. */
    public List<String> parseNumbersOnly(Reader csv) throws IOException {
        List<String> numbers = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String row;
            while ((row = reader.readLine()) != null) {
                String first = row.split(",", 2)[0].trim();
                if (first.length() == 10) {
                    numbers.add(first);
                }
            }
        }
        return numbers;
    }

    public LocalDate reportDate(String headerLine) {
        String stamp = headerLine.replaceAll("[^0-9-]", "");
        return LocalDate.parse(stamp.substring(0, 10));
    }

    public record InventoryLine(String tn, String npa, String rateCenter, String state, LocalDate activated) {
    }
}
