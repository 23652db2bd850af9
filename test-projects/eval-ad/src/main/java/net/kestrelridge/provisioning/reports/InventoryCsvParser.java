package net.kestrelridge.provisioning.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the CSV export of the "Iris Telephone Number Inventory Report".
 * The first line is the report title; number lines are {@code number[,rate center,state,status]}.
 */
public final class InventoryCsvParser {

    private static final Logger log = LoggerFactory.getLogger(InventoryCsvParser.class);
    private static final Pattern TN = Pattern.compile("^\\d{10}$");
    static final String TITLE_PREFIX = "Iris Telephone Number Inventory Report";

    public List<InventoryRecord> parse(Reader csv) {
        List<InventoryRecord> records = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader in = new BufferedReader(csv)) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith(TITLE_PREFIX)) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                String number = cols[0].replace("\"", "");
                if (!TN.matcher(number).matches()) {
                    skipped++;
                    continue;
                }
                records.add(new InventoryRecord(
                        Long.parseLong(number),
                        cols.length > 1 ? cols[1] : "",
                        cols.length > 2 ? cols[2] : "",
                        cols.length > 3 ? cols[3] : "Inservice"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (skipped > 0) {
            log.warn("inventory report: {} lines skipped", skipped);
        }
        return records;
    }
}
