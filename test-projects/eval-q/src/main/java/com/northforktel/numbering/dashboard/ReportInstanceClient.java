package com.northforktel.numbering.dashboard;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.northforktel.numbering.config.DashboardSettings;
import com.northforktel.numbering.dashboard.model.ReportInstancePayload;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Map;

/**
 * Runs Dashboard reports and downloads their output.
 */
@Singleton
public class ReportInstanceClient {

    private final DashboardHttp http;
    private final XmlCodec xml;
    private final DashboardSettings settings;

    @Inject
    public ReportInstanceClient(DashboardHttp http, XmlCodec xml, DashboardSettings settings) {
        this.http = http;
        this.xml = xml;
        this.settings = settings;
    }

    /** Starts a CSV run of the TN inventory report; returns the instance id. */
    public Future<String> requestInventoryReport(String reportId) {
        ReportInstancePayload instance = ReportInstancePayload.builder()
                .outputFormat("csv")
                .parameter("Account", http.accountId())
                .parameter("Sub-account", settings.siteId())
                .expiresAt(LocalDate.now().plusDays(7))
                .build();
        return http.sendXml(http.post(instancesUrl(reportId)), xml.write(instance))
                .map(body -> xml.textOf(body, "Id"));
    }

    /** Same, for the ad-hoc reports the finance team triggers from the console. */
    public Future<String> requestFromTemplate(String reportId, String outputFormat, LocalDate expiresAt) {
        String body = Templates.render("templates/report-instance.xml", Map.of(
                "outputFormat", outputFormat,
                "accountId", http.accountId(),
                "expiresAt", expiresAt.toString()));
        return http.sendXml(http.post(instancesUrl(reportId)), body).map(resp -> xml.textOf(resp, "Id"));
    }

    public Future<String> status(String reportId, String instanceId) {
        return http.send(http.get(http.url(DashboardPaths.REPORT_INSTANCE, reportId, instanceId)))
                .map(body -> xml.textOf(body, "Status"));
    }

    public Future<Buffer> download(String reportId, String instanceId) {
        String url = http.url(DashboardPaths.REPORT_INSTANCE, reportId, instanceId) + "/file";
        return http.sendRaw(http.get(url).putHeader("Accept", "text/csv")).map(resp -> resp.body());
    }

    private String instancesUrl(String reportId) {
        return MessageFormat.format("{0}/accounts/{1}/reports/{2}/instances",
                http.baseUrl(), http.accountId(), reportId);
    }
}
