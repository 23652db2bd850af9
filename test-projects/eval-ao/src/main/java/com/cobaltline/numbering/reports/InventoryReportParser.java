package com.cobaltline.numbering.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the Dashboard "Telephone Number Inventory" CSV. The first line is the report title, then
 * one number per line, optionally followed by rate center and status columns.
 */
public class InventoryReportParser {

    public record InventoryLine(long telephoneNumber, String npa, String rateCenter, String status) {
    }

    private static final Pattern TN_COLUMN = Pattern.compile("[0-9]{10}");

    public List<InventoryLine> parse(Reader csv) throws IOException {
        List<InventoryLine> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(csv);
        String line;
        while ((line = reader.readLine()) != null) {
            String[] cols = line.split(",", -1);
            String tn = cols[0].trim();
            if (!TN_COLUMN.matcher(tn).matches()) {
                continue;
            }
            lines.add(new InventoryLine(
                    Long.parseLong(tn),
                    tn.substring(0, 3),
                    cols.length > 1 ? cols[1].trim() : "",
                    cols.length > 2 ? cols[2].trim() : ""));
        }
        return lines;
    }
}
