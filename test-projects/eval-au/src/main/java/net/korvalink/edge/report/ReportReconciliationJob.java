package net.korvalink.edge.report;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import net.korvalink.edge.dashboard.ReportClient;
import net.korvalink.edge.persistence.NumberInventoryMapper;
import net.korvalink.edge.report.InventoryReportParser.InventoryRow;

/** Nightly: request the inventory report, wait for it, and flag numbers our database disagrees on. */
@Component
public class ReportReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(ReportReconciliationJob.class);

    private final ReportClient reports;
    private final InventoryReportParser parser;
    private final NumberInventoryMapper inventory;
    private final XmlMapper xml;
    private final String reportId;

    public ReportReconciliationJob(ReportClient reports, InventoryReportParser parser, NumberInventoryMapper inventory,
            XmlMapper xml, @Value("${korvalink.reports.inventory-report-id}") String reportId) {
        this.reports = reports;
        this.parser = parser;
        this.inventory = inventory;
        this.xml = xml;
        this.reportId = reportId;
    }

    @Scheduled(cron = "${korvalink.reports.reconcile-cron:0 30 2 * * *}", zone = "America/New_York")
    public void reconcile() throws Exception {
        JsonNode created = xml.readTree(reports.requestInventoryReport(reportId));
        String instanceId = created.path("Instance").path("Id").asText();
        for (int attempt = 0; attempt < 30; attempt++) {
            JsonNode status = xml.readTree(reports.instanceStatus(reportId, instanceId));
            if ("Ready".equalsIgnoreCase(status.path("Instance").path("Status").asText())) {
                break;
            }
            Thread.sleep(Duration.ofMinutes(1).toMillis());
        }
        List<InventoryRow> rows = parser.parse(new StringReader(reports.download(reportId, instanceId)));
        int mismatches = 0;
        for (InventoryRow row : rows) {
            if (inventory.countActive(row.telephoneNumber()) == 0) {
                inventory.insertDiscrepancy(row.telephoneNumber(), row.status(), "REPORT");
                mismatches++;
            }
        }
        log.info("Inventory report {}: {} rows, {} mismatches", instanceId, rows.size(), mismatches);
    }
}
