package net.kestrelwave.provisioning.service;

import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.dashboard.DashboardHttpClient;
import net.kestrelwave.provisioning.dashboard.DashboardOperation;
import net.kestrelwave.provisioning.dashboard.DashboardRequest;
import net.kestrelwave.provisioning.dashboard.DashboardResponse;
import net.kestrelwave.provisioning.reports.InventoryReportParser;
import net.kestrelwave.provisioning.reports.InventoryReportParser.InventoryReport;
import net.kestrelwave.provisioning.templates.TemplateRenderer;

import java.time.LocalDate;
import java.util.Map;

/**
 * Dashboard reports: the monthly TN inventory (for billing reconciliation) and the porting report.
 */
public class ReportService {

    public static final String INVENTORY_REPORT_ID = "110";
    public static final String PORTING_REPORT_ID = "214";

    private final DashboardHttpClient dashboard;
    private final TemplateRenderer templates;
    private final InventoryReportParser parser;
    private final EnvironmentConfig env;

    public ReportService(DashboardHttpClient dashboard, TemplateRenderer templates, InventoryReportParser parser,
                         EnvironmentConfig env) {
        this.dashboard = dashboard;
        this.templates = templates;
        this.parser = parser;
        this.env = env;
    }

    public String requestInventory() {
        String body = templates.render("report-instance.xml", Map.of(
                "outputFormat", "csv",
                "accountId", env.accountId(),
                "expiresAt", LocalDate.now().plusDays(7).toString()));
        DashboardResponse response = dashboard.execute(DashboardRequest.of(DashboardOperation.CREATE_REPORT_INSTANCE,
                Map.of("accountId", env.accountId(), "reportId", INVENTORY_REPORT_ID)).body(body));
        return response.createdId().orElseThrow();
    }

    public String requestPorting(LocalDate from, LocalDate to) {
        StringBuilder xml = new StringBuilder();
        xml.append("<Instance>")
                .append("<OutputFormat>csv</OutputFormat>")
                .append("<Parameters>")
                .append(parameter("Account", env.accountId()))
                .append(parameter("StartDate", from.toString()))
                .append(parameter("EndDate", to.toString()))
                .append(parameter("MaxRows", "2147483647"))
                .append("</Parameters>")
                .append("<ExpiresAt>").append(to.plusDays(30)).append("</ExpiresAt>")
                .append("</Instance>");
        return dashboard.execute(DashboardRequest.post()
                .account(env.accountId())
                .path("reports", PORTING_REPORT_ID, "instances")
                .body(xml.toString())).createdId().orElseThrow();
    }

    public InventoryReport downloadInventory(String instanceId) {
        String csv = dashboard.execute(DashboardRequest.of(DashboardOperation.GET_REPORT_INSTANCE_FILE, Map.of(
                "accountId", env.accountId(),
                "reportId", INVENTORY_REPORT_ID,
                "instanceId", instanceId))).body();
        return parser.parse(csv);
    }

    private static String parameter(String name, String value) {
        return "<Parameter><Name>" + name + "</Name><Value>" + value + "</Value></Parameter>";
    }
}
