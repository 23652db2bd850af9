package net.kestrelridge.provisioning.dashboard;

import java.time.LocalDate;
import java.util.Map;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.config.DashboardSettings;
import net.kestrelridge.provisioning.dashboard.xml.ReportInstance;
import net.kestrelridge.provisioning.dashboard.xml.XmlMappers;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Report instances (the daily TN inventory report) on the Dashboard's reporting service.
 * Reports are always requested from the production host: the test host has no report data.
 */
@Singleton
public class ReportApi {

    private static final HttpHost REPORT_HOST = new HttpHost("https", DashboardHosts.HOST, 443);
    private static final String REPORTS_PATH = "/api/accounts/%s/reports/%s/instances";

    private final DashboardHttpClient client;
    private final DashboardSettings settings;
    private final TemplateRenderer templates;

    @Inject
    public ReportApi(DashboardHttpClient client, DashboardSettings settings, TemplateRenderer templates) {
        this.client = client;
        this.settings = settings;
        this.templates = templates;
    }

    /** Requests a new instance of the inventory report and returns the response body (Location in it). */
    public String requestInventoryInstance(LocalDate expiresAt) {
        ReportInstance instance = new ReportInstance()
                .outputFormat(settings.reportOutputFormat())
                .parameter("Account", settings.accountId())
                .parameter("TNStatus", "Inservice")
                .expiresAt(expiresAt.toString());
        String path = String.format(REPORTS_PATH, settings.accountId(), settings.inventoryReportId());
        return client.send(() -> ClassicRequestBuilder.post()
                .setHttpHost(REPORT_HOST)
                .setPath(path)
                .setEntity(XmlMappers.write(instance), ContentType.APPLICATION_XML)
                .build());
    }

    /** Instance for an ad-hoc report, body from templates/report-instance.xml. */
    public String requestFromTemplate(String reportId, String outputFormat, LocalDate expiresAt) {
        String body = templates.render("report-instance.xml", Map.of(
                "outputFormat", outputFormat,
                "accountId", settings.accountId(),
                "expiresAt", expiresAt.toString()));
        return client.send(() -> ClassicRequestBuilder.post()
                .setHttpHost(REPORT_HOST)
                .setPath("/api/accounts/" + settings.accountId() + "/reports/" + reportId + "/instances")
                .setEntity(body, ContentType.APPLICATION_XML)
                .build());
    }

    public String instanceStatus(String reportId, String instanceId) {
        return client.send(() -> ClassicRequestBuilder.get()
                .setHttpHost(REPORT_HOST)
                .setPath(String.format(REPORTS_PATH, settings.accountId(), reportId) + "/" + instanceId)
                .build());
    }

    /** Downloads the finished report file (CSV for the inventory report). */
    public String download(String reportId, String instanceId) {
        return client.send(() -> ClassicRequestBuilder.get()
                .setHttpHost(REPORT_HOST)
                .setPath(String.format(REPORTS_PATH, settings.accountId(), reportId) + "/" + instanceId + "/file")
                .build());
    }
}
