package com.kestrelvoice.numlife.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Parses the Dashboard's "Iris Telephone Number Inventory Report" CSV.
 */
@Component
public class InventoryReportParser {

    private static final Pattern NATIONAL_NUMBER = Pattern.compile("^\\d{10}$");

    public record InventoryLine(String tn, long tnKey, String status, String rateCenter,
                                int areaCode) {
    }

    public List<InventoryLine> parse(Reader reader) throws IOException {
        List<InventoryLine> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String row;
            while ((row = in.readLine()) != null) {
                String[] cols = row.split(",");
                String tn = cols[0].trim();
                if (!NATIONAL_NUMBER.matcher(tn).matches()) {
                    continue; // title and header rows
                }
                long tnKey = Long.parseLong(tn);
                String status = cols.length > 1 ? cols[1].trim() : "";
                String rateCenter = cols.length > 2 ? cols[2].trim() : "";
                int areaCode = cols.length > 3 ? Integer.parseInt(cols[3].trim()) : 0;
                lines.add(new InventoryLine(tn, tnKey, status, rateCenter, areaCode));
            }
        }
        return lines;
    }

    /** The switch team's bulk import wants 11-digit numbers. */
    public List<String> toSwitchFormat(List<InventoryLine> lines) {
        return lines.stream().map(line -> "1" + line.tn()).toList();
    }
}
