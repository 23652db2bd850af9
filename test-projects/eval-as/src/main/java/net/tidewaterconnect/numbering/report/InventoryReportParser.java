package net.tidewaterconnect.numbering.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Parses the CSV of the Dashboard "Iris Telephone Number Inventory Report": a title line, a header
 * line, then one number per line (sometimes followed by rate center and status columns).
 */
@Component
public class InventoryReportParser {

    public List<ReportLine> parse(String csv) throws IOException {
        List<ReportLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(csv))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cols = line.split(",");
                String tn = cols[0].trim();
                if (!tn.matches("[0-9]{10}")) {
                    continue; // title, header or trailer
                }
                long numeric = Long.parseLong(tn);
                String rateCenter = cols.length > 1 ? cols[1].trim() : "";
                String status = cols.length > 2 ? cols[2].trim() : "";
                lines.add(new ReportLine(tn, numeric, rateCenter, status));
            }
        }
        return lines;
    }

    public record ReportLine(String tn, long numeric, String rateCenter, String status) {
    }
}
