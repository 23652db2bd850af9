package net.kestreltel.portdesk.reports;

import net.kestreltel.portdesk.numbers.PortedNumber;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Writes our own monthly port activity CSV for the account managers (not a Dashboard report). */
public class PortActivityExporter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    public void export(List<PortedNumber> numbers, Writer out) throws IOException {
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder()
                .setHeader("Number", "Area code", "Customer", "Status", "Activated")
                .build()
                .print(out)) {
            for (PortedNumber n : numbers) {
                String pretty = "(%s) %s-%s".formatted(n.tn().substring(0, 3), n.tn().substring(3, 6), n.tn().substring(6));
                printer.printRecord(pretty, n.areaCode(), n.customerId(), n.status(),
                        n.activatedAt() == null ? "" : DAY.format(n.activatedAt().atZone(java.time.ZoneOffset.UTC)));
            }
        }
    }
}
