package net.cedarline.numberdesk.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the "Iris Telephone Number Inventory Report" CSV: a title line, a header line,
 * then one number per row (number, rate center, state, status, site), e.g.
 * {@code "9195550100","RALEIGH","NC","Inservice","3147"}.
 */
public class ReportCsvParser {

    public record Row(String telephoneNumber, int npa, String rateCenter, String state, String status, String siteId) {
    }

    private static final Pattern TN = Pattern.compile("\\d{10}");

    public List<Row> parse(String csv) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim().replace("\"", "");
                if (!TN.matcher(tn).matches()) {
                    continue;
                }
                int npa = Integer.valueOf(tn.substring(0, 3));
                rows.add(new Row(tn, npa, col(cols, 1), col(cols, 2), col(cols, 3), col(cols, 4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].trim().replace("\"", "") : null;
    }
}
