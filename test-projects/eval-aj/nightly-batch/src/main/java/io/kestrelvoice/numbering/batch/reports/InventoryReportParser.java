package io.kestrelvoice.numbering.batch.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the CSV file of the Dashboard TN inventory report. The first line is the report title,
 * the second the header.
 */
public class InventoryReportParser {

    /** One line of the Dashboard "TN inventory" report. */
    public record ReportRow(String telephoneNumber, String siteId, String sipPeerId, String status, LocalDate lastModified) {
    }

    private static final Logger log = LoggerFactory.getLogger(InventoryReportParser.class);

    private static final Pattern TN = Pattern.compile("^[0-9]{10}$");

    public List<ReportRow> parse(String csv) {
        List<ReportRow> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            reader.readLine(); // title
            reader.readLine(); // header
            String line;
            int lineNo = 2;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                String[] cols = line.split(",", -1);
                if (cols.length < 5 || !TN.matcher(cols[0]).matches()) {
                    log.warn("skipping report line {}: {}", lineNo, line);
                    continue;
                }
                rows.add(new ReportRow(cols[0], cols[1], cols[2], cols[3], LocalDate.parse(cols[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Rows sorted by number, as the billing extract is. */
    public static long sortKey(ReportRow row) {
        return Long.parseLong(row.telephoneNumber());
    }

    /** The capacity sheet wants E.164. */
    public static String toE164(ReportRow row) {
        return "+1" + row.telephoneNumber();
    }
}
