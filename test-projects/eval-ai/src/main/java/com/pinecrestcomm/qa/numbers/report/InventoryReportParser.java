package com.pinecrestcomm.qa.numbers.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV downloaded by {@code ReportClient}.
 */
public class InventoryReportParser {

    private static final Pattern TEN_DIGITS = Pattern.compile("\\d{10}");
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final List<String> rejected = new ArrayList<>();

    public List<InventoryReportRow> parse(Reader csv) throws IOException {
        List<InventoryReportRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("Iris Telephone Number Inventory Report")) {
                throw new IOException("Unexpected report header: " + header);
            }
            reader.readLine(); // column names
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!TEN_DIGITS.matcher(tn).matches()) {
                    rejected.add(line);
                    continue;
                }
                rows.add(new InventoryReportRow(tn, cols[1].trim(), cols[2].trim(), activated(cols[3].trim())));
            }
        }
        return rows;
    }

    /** The report used to switch date formats between releases; accept both. */
    static LocalDate activated(String raw) {
        if (raw.length() == 10 && raw.charAt(4) == '-') {
            return LocalDate.parse(raw);
        }
        if (raw.length() == 10) {
            return LocalDate.parse(raw, US_DATE);
        }
        return null;
    }

    /** Distinct NPAs present in the inventory, for the capacity dashboard. */
    public static Set<String> areaCodes(List<InventoryReportRow> rows) {
        Set<String> npas = new HashSet<>();
        for (InventoryReportRow row : rows) {
            npas.add(row.telephoneNumber().substring(0, 3));
        }
        return npas;
    }

    public List<String> rejected() {
        return List.copyOf(rejected);
    }
}
