package net.pinecrest.numbertool.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the parsed inventory report in the layout the finance team imports into the billing
 * system: one line per number, NPA split out, pretty-printed number.
 */
public class InventoryCsvExporter {

    static final String[] HEADER = {"npa", "number", "display", "rate_center", "state", "status"};

    public void write(List<InventoryCsvParser.ReportRow> rows, Writer out) throws IOException {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).build().print(out)) {
            for (InventoryCsvParser.ReportRow row : rows.stream()
                    .sorted(Comparator.comparingLong(InventoryCsvParser.ReportRow::telephoneNumber)).toList()) {
                String tn = Long.toString(row.telephoneNumber());
                printer.printRecord(
                        tn.substring(0, 3),
                        tn,
                        String.format("(%s) %s-%s", tn.substring(0, 3), tn.substring(3, 6), tn.substring(6)),
                        row.rateCenter(),
                        row.state(),
                        row.status());
            }
        }
    }
}
