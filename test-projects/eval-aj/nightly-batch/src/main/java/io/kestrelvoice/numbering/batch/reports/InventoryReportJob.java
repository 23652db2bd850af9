package io.kestrelvoice.numbering.batch.reports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kestrelvoice.numbering.batch.config.BatchProperties;
import io.kestrelvoice.numbering.batch.reports.InventoryReportParser.ReportRow;
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.dashboard.api.ReportClient;
import io.kestrelvoice.numbering.dashboard.xml.ReportInstanceXml;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Runs the Dashboard inventory and E911 reports and hands the rows to reconciliation.
 */
@Component
public class InventoryReportJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportJob.class);
    private static final Duration POLL = Duration.ofSeconds(20);

    private final ReportClient reportClient;
    private final BatchProperties properties;
    private final DashboardProperties dashboard;
    private final InventoryReportParser parser = new InventoryReportParser();

    public InventoryReportJob(ReportClient reportClient, BatchProperties properties, DashboardProperties dashboard) {
        this.reportClient = reportClient;
        this.properties = properties;
        this.dashboard = dashboard;
    }

    public List<ReportRow> inventory() throws InterruptedException {
        String instanceXml = ReportInstanceXml.instance()
                .parameter("Account", dashboard.getAccountId())
                .parameter("Sub-account", dashboard.getSiteId())
                .expiresAt(LocalDate.now().plusDays(2))
                .build();
        String csv = runAndDownload(properties.inventoryReportId(), instanceXml);
        return parser.parse(csv);
    }

    /** E911 coverage report: numbers without a provisioned address. */
    public String e911Coverage() throws InterruptedException {
        String instanceXml = """
                <Instance>
                    <OutputFormat>csv</OutputFormat>
                    <Parameters>
                        <Parameter>
                            <Name>Account</Name>
                            <Value>%s</Value>
                        </Parameter>
                        <Parameter>
                            <Name>MissingAddressOnly</Name>
                            <Value>true</Value>
                        </Parameter>
                    </Parameters>
                </Instance>
                """.formatted(dashboard.getAccountId());
        return runAndDownload(properties.e911ReportId(), instanceXml);
    }

    /** Ported-out numbers of the last week; finance wants E.164 in this one. */
    public String portOuts(String reportId) throws InterruptedException {
        String template = template("reports/port-out-instance.xml");
        String instanceXml = template.replace("${account}", dashboard.getAccountId());
        return runAndDownload(reportId, instanceXml);
    }

    /** Same as {@link #inventory()} for one sub-account, from the XML template. */
    public List<ReportRow> inventoryForSite(String siteId) throws InterruptedException {
        Map<String, String> values = Map.of("${account}", dashboard.getAccountId(), "${site}", siteId);
        String instanceXml = template("reports/site-inventory-instance.xml");
        for (Map.Entry<String, String> e : values.entrySet()) {
            instanceXml = instanceXml.replace(e.getKey(), e.getValue());
        }
        return parser.parse(runAndDownload(properties.inventoryReportId(), instanceXml));
    }

    private String runAndDownload(String reportId, String instanceXml) throws InterruptedException {
        String instanceId = reportClient.createInstance(reportId, instanceXml);
        for (int attempt = 0; attempt < 30; attempt++) {
            String status = reportClient.instanceStatus(reportId, instanceId);
            if ("Ready".equalsIgnoreCase(status)) {
                return reportClient.download(reportId, instanceId);
            }
            if ("Failed".equalsIgnoreCase(status)) {
                throw new IllegalStateException("report " + reportId + " instance " + instanceId + " failed");
            }
            Thread.sleep(POLL.toMillis());
        }
        log.error("report {} instance {} not ready after 10 minutes", reportId, instanceId);
        throw new IllegalStateException("report timeout");
    }

    private static String template(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .collect(Collectors.joining());
        } catch (IOException e) {
            throw new IllegalStateException("missing template " + path, e);
        }
    }
}
