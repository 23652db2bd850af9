package net.northwindtel.provisioning.service;

import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV downloaded by {@link ReportService}.
 */
@Slf4j
@Component
public class ReportCsvParser {

    /** Hard cap so a runaway report cannot exhaust the heap (Integer.MAX_VALUE disables it). */
    private static final long MAX_ROWS = 2147483647L;

    public record InventoryRow(long telephoneNumber, String rateCenter, String status, LocalDate activatedOn) {
    }

    public List<InventoryRow> parse(Reader csv) throws IOException {
        List<InventoryRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(csv)) {
            String line;
            while ((line = reader.readLine()) != null && rows.size() < MAX_ROWS) {
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!tn.matches("[0-9]{10}")) {
                    // title line, header line and footer totals
                    continue;
                }
                LocalDate activatedOn = null;
                if (cols.length > 3 && cols[3].length() == 10) {
                    activatedOn = LocalDate.parse(cols[3]);
                }
                rows.add(new InventoryRow(Long.parseLong(tn), col(cols, 1), col(cols, 2), activatedOn));
            }
        }
        log.info("Parsed {} inventory rows", rows.size());
        return rows;
    }

    private static String col(String[] cols, int index) {
        return cols.length > index ? cols[index].trim() : null;
    }
}
