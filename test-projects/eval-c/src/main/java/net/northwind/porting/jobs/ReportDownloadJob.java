package net.northwind.porting.jobs;

import net.northwind.porting.app.AppConfig;
import net.northwind.porting.app.BatchJob;
import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.iris.Paths;
import net.northwind.porting.reports.InventoryReportParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests the inventory report instance, waits for it, downloads the CSV and stores the per
 * exchange counts for the capacity planning sheet.
 */
public class ReportDownloadJob implements BatchJob {

    private static final Logger log = LoggerFactory.getLogger(ReportDownloadJob.class);

    static final String INVENTORY_REPORT_ID = "117";
    static final String PORTED_REPORT_ID = "124";

    private final DashboardHttp http;
    private final AppConfig config;
    private final InventoryReportParser parser = new InventoryReportParser();

    public ReportDownloadJob(DashboardHttp http, AppConfig config) {
        this.http = http;
        this.config = config;
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public Result run(List<String> args) throws Exception {
        String expires = LocalDate.now().plusDays(7).toString();
        String instance = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                    </Parameters>
                    <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(config.accountId(), expires);
        String created = http.post(Paths.reportInstances(config.accountId(), INVENTORY_REPORT_ID), instance);
        String instanceId = between(created, "<Id>", "</Id>");
        String csv = http.get(Paths.reportInstances(config.accountId(), INVENTORY_REPORT_ID)
                + "/" + instanceId + "/file");
        List<InventoryReportParser.InventoryLine> lines = parser.parse(new StringReader(csv));
        Map<String, Long> perExchange = lines.stream()
                .collect(Collectors.groupingBy(l -> l.npa() + "-" + l.nxx(), Collectors.counting()));
        log.info("inventory report {}: {} numbers in {} exchanges", instanceId, lines.size(), perExchange.size());
        return Result.ok(name(), lines.size());
    }

    /** Ported-in numbers report, from the shared template. */
    public String requestPortedReport() throws IOException {
        String xml = template("templates/report-instance.xml")
                .replace("{accountId}", config.accountId())
                .replace("{siteId}", config.siteId())
                .replace("{expiresAt}", LocalDate.now().plusDays(3).toString());
        return http.post(Paths.reportInstances(config.accountId(), PORTED_REPORT_ID), xml);
    }

    /** Ported-in numbers, normalised by the finance team's convention (national, 10 digits). */
    public List<String> portedNumbers(String csv) {
        return csv.lines()
                .skip(1)
                .map(l -> l.split(",")[0].strip())
                .filter(tn -> tn.length() == 10)
                .toList();
    }

    private static String between(String s, String open, String close) {
        int a = s.indexOf(open);
        int b = s.indexOf(close, a);
        return a < 0 || b < 0 ? "" : s.substring(a + open.length(), b);
    }

    private static String template(String name) throws IOException {
        try (InputStream in = ReportDownloadJob.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
