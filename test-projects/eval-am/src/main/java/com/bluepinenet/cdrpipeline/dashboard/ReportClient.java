package com.bluepinenet.cdrpipeline.dashboard;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;
import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Requests and downloads the Dashboard "Telephone Number Inventory" report. */
@Component
public class ReportClient {

    private static final Pattern INSTANCE_ID = Pattern.compile("/instances/([0-9a-f-]+)");

    private final DashboardHttpClient client;
    private final DashboardProperties props;
    private final XmlTemplates templates;
    private final String inventoryReportId;

    public ReportClient(DashboardHttpClient client, DashboardProperties props, XmlTemplates templates,
                        @Value("${dashboard.reports.inventory-report-id}") String inventoryReportId) {
        this.client = client;
        this.props = props;
        this.templates = templates;
        this.inventoryReportId = inventoryReportId;
    }

    public CompletableFuture<String> requestInventoryReport(LocalDate expiresAt) {
        String body = """
                <Instance>
                  <OutputFormat>csv</OutputFormat>
                  <Parameters>
                    <Parameter>
                      <Name>Account</Name>
                      <Value>%s</Value>
                    </Parameter>
                    <Parameter>
                      <Name>TNStatus</Name>
                      <Value>Inservice</Value>
                    </Parameter>
                  </Parameters>
                  <ExpiresAt>%s</ExpiresAt>
                </Instance>
                """.formatted(props.getAccountId(), expiresAt);
        return client.postXml(instances(), body).thenApply(ReportClient::instanceId);
    }

    public CompletableFuture<String> requestSiteReport(String siteId, LocalDate expiresAt) {
        String body = templates.render("inventory-report-instance.xml", Map.of(
                "account", props.getAccountId(),
                "site", siteId,
                "expiresAt", expiresAt.toString()));
        return client.postXml(instances(), body).thenApply(ReportClient::instanceId);
    }

    public CompletableFuture<byte[]> download(String instanceId) {
        return client.download(String.format(DashboardEndpoints.REPORT_INSTANCE_FILE,
                props.getAccountId(), inventoryReportId, instanceId));
    }

    private String instances() {
        return String.format(DashboardEndpoints.REPORT_INSTANCES, props.getAccountId(), inventoryReportId);
    }

    private static String instanceId(String responseBody) {
        Matcher m = INSTANCE_ID.matcher(responseBody);
        return m.find() ? m.group(1) : responseBody.trim();
    }
}
