package com.lumenline.provisioning.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Parses the CSV produced by the Dashboard "Iris Telephone Number Inventory Report".
 *
 * <p>Columns: TN, Site, SIP Peer, Rate Center, State. The first line is the report title.
 */
@Component
public class InventoryReportParser {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportParser.class);

    private static final Pattern TN = Pattern.compile("^\\d{10}$");

    public List<InventoryRecord> parse(InputStream csv) throws IOException {
        List<InventoryRecord> records = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("Iris ")) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!TN.matcher(tn).matches()) {
                    log.warn("Skipping line {} of the inventory report: '{}' is not a TN", lineNo, tn);
                    continue;
                }
                records.add(new InventoryRecord(
                        tn,
                        "1" + tn,
                        Long.parseLong(tn),
                        col(cols, 1), col(cols, 2), col(cols, 3), col(cols, 4)));
            }
        }
        return records;
    }

    private static String col(String[] cols, int i) {
        return cols.length > i ? cols[i].trim() : "";
    }
}
