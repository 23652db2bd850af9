package net.tidewatertel.provisioning.reports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses the Dashboard's "Iris Telephone Number Inventory Report" CSV: one title
 * line, then one telephone number per line with optional status columns.
 */
public class InventoryReportParser {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryReportParser.class);

    public static final class Line {
        private final String telephoneNumber;
        private final long numericKey;
        private final String status;

        Line(String telephoneNumber, long numericKey, String status) {
            this.telephoneNumber = telephoneNumber;
            this.numericKey = numericKey;
            this.status = status;
        }

        public String getTelephoneNumber() {
            return telephoneNumber;
        }

        public long getNumericKey() {
            return numericKey;
        }

        public String getStatus() {
            return status;
        }
    }

    public List<Line> parse(Reader csv) throws IOException {
        List<Line> lines = new ArrayList<>();
        int skipped = 0;
        try (CSVParser parser = CSVFormat.DEFAULT.parse(csv)) {
            for (CSVRecord record : parser) {
                String tn = record.get(0).trim();
                if (tn.length() != 10) {
                    skipped++;
                    continue;
                }
                long key = Long.parseLong(tn);
                String status = record.size() > 1 ? record.get(1).trim() : "Inservice";
                lines.add(new Line(tn, key, status));
            }
        }
        if (skipped > 1) {
            LOG.warn("{} lines of the inventory report were not telephone numbers", skipped);
        }
        return lines;
    }
}
