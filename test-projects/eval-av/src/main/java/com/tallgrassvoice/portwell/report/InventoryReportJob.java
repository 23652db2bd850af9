package com.tallgrassvoice.portwell.report;

import com.tallgrassvoice.portwell.dashboard.DashboardHttp;
import com.tallgrassvoice.portwell.templates.TemplateRenderer;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nightly job: asks the Dashboard for a fresh inventory report instance, downloads the CSV and
 * reconciles it with our own inventory.
 */
public class InventoryReportJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportJob.class);
    private static final Pattern INSTANCE_ID = Pattern.compile("/instances/([0-9a-f-]+)");

    private static final String INVENTORY_REPORT_ID = "409";
    private static final String PORT_ACTIVITY_REPORT_ID = "412";

    private static final String INSTANCE_XML = """
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
            """;

    private final DashboardHttp http;
    private final TemplateRenderer templates;
    private final InventoryCsvParser parser = new InventoryCsvParser();

    public InventoryReportJob(DashboardHttp http, TemplateRenderer templates) {
        this.http = http;
        this.templates = templates;
    }

    public List<InventoryCsvParser.Row> runInventory() throws IOException {
        String body = INSTANCE_XML.formatted(http.accountId(), LocalDate.now().plusDays(2));
        String instanceId = requestInstance(INVENTORY_REPORT_ID, body);
        String csv = http.get(http.accountPath("reports", INVENTORY_REPORT_ID, "instances", instanceId, "file")).body();
        List<InventoryCsvParser.Row> rows = parser.parse(new StringReader(csv));
        log.info("inventory report: {} numbers", rows.size());
        return rows;
    }

    public String runPortActivity(LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new TreeMap<>();
        parameters.put("Account", http.accountId());
        parameters.put("StartDate", from.toString());
        parameters.put("EndDate", to.toString());
        String body = templates.render("report-instance.vm",
                Map.of("parameters", parameters, "expiresAt", to.plusDays(7).toString()));
        String instanceId = requestInstance(PORT_ACTIVITY_REPORT_ID, body);
        return http.get(http.accountPath("reports", PORT_ACTIVITY_REPORT_ID, "instances", instanceId, "file")).body();
    }

    public Map<Long, Integer> countByAreaCode(List<InventoryCsvParser.Row> rows) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (InventoryCsvParser.Row row : rows) {
            counts.merge(row.telephoneNumber() / 10_000_000L, 1, Integer::sum);
        }
        return counts;
    }

    private String requestInstance(String reportId, String body) {
        var response = http.post(http.accountPath("reports", reportId, "instances"), body);
        String location = response.headers().firstValue("Location").orElse("");
        Matcher m = INSTANCE_ID.matcher(location);
        if (!m.find()) {
            throw new IllegalStateException("no instance id in " + location);
        }
        return m.group(1);
    }
}
