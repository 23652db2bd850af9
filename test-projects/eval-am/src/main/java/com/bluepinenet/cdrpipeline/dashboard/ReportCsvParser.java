package com.bluepinenet.cdrpipeline.dashboard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the CSV of the Dashboard "Iris Telephone Number Inventory Report".
 * First line is the report title, then one number per line, optionally followed by
 * rate center and status columns.
 */
public final class ReportCsvParser {

    public record InventoryLine(String tn, long numeric, String rateCenter, String status) {
    }

    private ReportCsvParser() {
    }

    public static List<InventoryLine> parse(Reader csv) {
        List<InventoryLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!tn.matches("\\d{10}")) {
                    continue;
                }
                long numeric = Long.parseLong(tn);
                String rateCenter = cols.length > 1 ? cols[1].trim() : "";
                String status = cols.length > 2 ? cols[2].trim() : "Inservice";
                lines.add(new InventoryLine(tn, numeric, rateCenter, status));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
