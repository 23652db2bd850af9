package net.kestrelvoice.numbering.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the dashboard's "TN Inventory" report (CSV). First column is the number, then
 * status, site, SIP peer, rate center, LATA, last-modified date.
 */
public class InventoryReportCsvParser {

    private static final Pattern TN = Pattern.compile("^[0-9]{10}$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}.*");

    public record Row(String tn, String status, String siteId, String sipPeerId, String rateCenter,
                      int lata, String lastModified) {
    }

    public List<Row> parse(InputStream csv) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",", -1);
                if (cols.length < 7 || !TN.matcher(cols[0].trim()).matches()) {
                    continue; // title line, header, blank or footer
                }
                String modified = DATE.matcher(cols[6]).matches() ? cols[6].substring(0, 10) : null;
                rows.add(new Row(cols[0].trim(), cols[1], cols[2], cols[3], cols[4],
                        Integer.parseInt(cols[5].trim()), modified));
            }
        }
        return rows;
    }
}
