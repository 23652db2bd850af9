package net.kestrelcable.provisioning.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Parses the Dashboard "Telephone Number Inventory" report (CSV output).
 */
@Component
public class InventoryCsvParser {

    public record InventoryRow(long tn, String npa, String status, String siteName) {
    }

    static final String REPORT_TITLE = "Iris Telephone Number Inventory Report";

    private static final Pattern TN = Pattern.compile("^[0-9]{10}$");

    public List<InventoryRow> parse(InputStream csv) {
        List<InventoryRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith(REPORT_TITLE) || line.startsWith("TN,")) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!TN.matcher(tn).matches()) {
                    continue;
                }
                String status = cols.length > 1 ? cols[1].trim() : "";
                String site = cols.length > 2 ? cols[2].trim() : "";
                rows.add(new InventoryRow(Long.parseLong(tn), tn.substring(0, 3), status, site));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
