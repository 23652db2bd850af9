package net.pinecrest.numbertool.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the CSV file of the "Iris Telephone Number Inventory Report".
 */
public class InventoryCsvParser {

    private static final Pattern TN = Pattern.compile("^[0-9]{10}$");

    public record ReportRow(
            long telephoneNumber,
            String site,
            String rateCenter,
            String state,
            String status) {
    }

    private int skipped;

    public List<ReportRow> parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .build();
        List<ReportRow> rows = new ArrayList<>();
        try (CSVParser csv = format.parse(reader)) {
            for (CSVRecord record : csv) {
                String tn = record.get("Telephone Number");
                if (!TN.matcher(tn).matches()) {
                    skipped++;
                    continue;
                }
                rows.add(new ReportRow(
                        Long.parseLong(tn),
                        record.get("Site"),
                        record.get("Rate Center"),
                        record.get("State"),
                        record.get("Status")));
            }
        }
        return rows;
    }

    public int skipped() {
        return skipped;
    }
}
