package net.kestreltel.portdesk.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Parses the Dashboard "Telephone Number Inventory" CSV report. */
public class InventoryReportParser {

    private static final String TEN_DIGITS = "\\d{10}";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .build();

    public record InventoryRow(String tn, String npa, String rateCenter, String state, String siteName, String status) {
    }

    public List<InventoryRow> parse(Reader csv) throws IOException {
        List<InventoryRow> rows = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(csv)) {
            for (CSVRecord record : parser) {
                String tn = record.get("Telephone Number").trim();
                if (!tn.matches(TEN_DIGITS)) {
                    continue;
                }
                rows.add(new InventoryRow(tn,
                        tn.substring(0, 3),
                        record.get("Rate Center"),
                        record.get("State"),
                        record.get("Site Name"),
                        record.get("Status")));
            }
        }
        return rows;
    }
}
