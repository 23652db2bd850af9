package net.larkspurtel.provisioning.service;

import com.google.api.client.http.GenericUrl;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.http.DashboardClient;
import net.larkspurtel.provisioning.http.DashboardPaths;
import net.larkspurtel.provisioning.http.XmlSupport;
import net.larkspurtel.provisioning.model.ReportInstanceXml;

/** Requests Dashboard reports; finished CSVs are copied to the report bucket by the ops job. */
public class ReportService {

    private final DashboardClient dashboard;
    private final DashboardSettings settings;
    private final PayloadTemplates templates;
    private final Clock clock;

    public ReportService(DashboardClient dashboard, PayloadTemplates templates, Clock clock) {
        this.dashboard = dashboard;
        this.settings = dashboard.settings();
        this.templates = templates;
        this.clock = clock;
    }

    public String requestInventoryReport(String reportId) throws IOException {
        ReportInstanceXml instance = ReportInstanceXml.builder()
                .outputFormat("csv")
                .parameter("Account", settings.accountId())
                .parameter("Sub-account", settings.siteId())
                .expiresAt(LocalDate.now(clock).plusDays(7).toString())
                .build();
        return dashboard.postXml(instancesUrl(reportId), XmlSupport.write(instance));
    }

    /** Billing wants the usage report with numbers exactly as the Dashboard now returns them. */
    public String requestUsageReport(String reportId, LocalDate month) throws IOException {
        ReportInstanceXml instance = ReportInstanceXml.builder()
                .outputFormat("csv")
                .numberFormat("E164")
                .parameter("Account", settings.accountId())
                .parameter("Month", month.toString().substring(0, 7))
                .expiresAt(LocalDate.now(clock).plusDays(3).toString())
                .build();
        return dashboard.postXml(instancesUrl(reportId), XmlSupport.write(instance));
    }

    public String requestPortinReport(String reportId) throws IOException {
        String xml = templates.render("report-instance.xml", Map.of(
                "format", "csv",
                "account", settings.accountId(),
                "expiresAt", LocalDate.now(clock).plusDays(7).toString()));
        return dashboard.postXml(instancesUrl(reportId), xml);
    }

    public String requestDisconnectReport(String reportId) throws IOException {
        String xml = """
                <Instance>
                  <OutputFormat>pdf</OutputFormat>
                  <Parameters>
                    <Parameter>
                      <Name>Account</Name>
                      <Value>%s</Value>
                    </Parameter>
                  </Parameters>
                  <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(settings.accountId(), LocalDate.now(clock).plusDays(30));
        return dashboard.postXml(instancesUrl(reportId), xml);
    }

    public String instanceFile(String reportId, String instanceId) throws IOException {
        GenericUrl url = dashboard.account()
                .segments(DashboardPaths.REPORTS, reportId, "instances", instanceId, "file")
                .build();
        return dashboard.getRaw(url);
    }

    private GenericUrl instancesUrl(String reportId) {
        return dashboard.account().segments(DashboardPaths.REPORTS, reportId, "instances").build();
    }
}
