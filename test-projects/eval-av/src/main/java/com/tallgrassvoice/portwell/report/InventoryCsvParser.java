package com.tallgrassvoice.portwell.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV we download every night. The first line
 * is the report title, the second the column header.
 */
public class InventoryCsvParser {

    /** One line of the report. */
    public record Row(long telephoneNumber, String rateCenter, String state, String siteName) {
    }

    public List<Row> parse(Reader reader) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!tn.matches("[0-9]{10}")) {
                    continue;
                }
                long number = Long.parseLong(tn);
                rows.add(new Row(number, col(cols, 1), col(cols, 2), col(cols, 3)));
            }
        }
        return rows;
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].trim() : "";
    }
}
