package net.cobaltline.inventory.job;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the CSV export of the Dashboard "TN inventory" report.
 * <pre>
 * Iris Telephone Number Inventory Report
 * TN,Status,RateCenter,State,SiteId,SipPeerId
 * 9195550142,Inservice,RALEIGH,NC,4512,508812
 * </pre>
 */
@ApplicationScoped
public class ReportCsvParser {

    private static final Logger LOG = Logger.getLogger(ReportCsvParser.class);
    private static final Pattern TEN_DIGIT_TN = Pattern.compile("^\\d{10}$");
    private static final String TITLE = "Iris Telephone Number Inventory Report";

    public List<ReportRow> parse(String csv) {
        List<ReportRow> rows = new ArrayList<>();
        int skipped = 0;
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith(TITLE) || line.startsWith("TN,")) {
                    continue;
                }
                String[] cols = line.split(",", -1);
                String tn = cols[0].trim();
                if (!TEN_DIGIT_TN.matcher(tn).matches()) {
                    skipped++;
                    continue;
                }
                int npa = Integer.parseInt(tn.substring(0, 3));
                rows.add(new ReportRow(tn, npa, col(cols, 1), col(cols, 2), col(cols, 4)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (skipped > 0) {
            LOG.warnf("Skipped %d malformed lines in TN report", skipped);
        }
        return rows;
    }

    private static String col(String[] cols, int i) {
        return i < cols.length ? cols[i].trim() : null;
    }
}
