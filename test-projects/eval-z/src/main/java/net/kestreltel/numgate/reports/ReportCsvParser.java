package net.kestreltel.numgate.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Parses the CSV of the Dashboard "Iris Telephone Number Inventory Report". The first line is
 * the report title, the second the column headers:
 * {@code Telephone Number,Status,Site Id,Rate Center,Last Modified}.
 */
@Component
public class ReportCsvParser {

    private static final Logger log = LoggerFactory.getLogger(ReportCsvParser.class);

    private static final Pattern TN = Pattern.compile("^\\d{10}$");
    private static final String TITLE = "Iris Telephone Number Inventory Report";

    public List<ReportRow> parse(String csv) {
        List<ReportRow> rows = new ArrayList<>();
        String[] lines = csv.split("\\r?\\n");
        int skipped = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith(TITLE) || line.startsWith("Telephone Number")) {
                continue;
            }
            String[] cols = line.split(",", -1);
            String tn = cols[0].trim();
            if (!TN.matcher(tn).matches()) {
                skipped++;
                continue;
            }
            rows.add(new ReportRow(
                    tn,
                    Long.parseLong(tn),
                    Integer.parseInt(tn.substring(0, 3)),
                    column(cols, 1),
                    column(cols, 2),
                    lastModified(column(cols, 4))));
        }
        if (skipped > 0) {
            log.warn("Skipped {} report lines without a telephone number", skipped);
        }
        return rows;
    }

    private static String column(String[] cols, int index) {
        return cols.length > index ? cols[index].trim() : "";
    }

    /** Older report versions wrote a bare date, newer ones a timestamp; keep the date part. */
    private static String lastModified(String raw) {
        if (raw.length() == 10) {
            return raw;
        }
        return raw.length() > 10 ? raw.substring(0, 10) : "";
    }
}
