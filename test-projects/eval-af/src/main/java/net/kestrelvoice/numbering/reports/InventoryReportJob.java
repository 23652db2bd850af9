package net.kestrelvoice.numbering.reports;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.kestrelvoice.numbering.dashboard.client.ReportInstanceClient;
import net.kestrelvoice.numbering.inventory.TnInventoryStore;

/**
 * Nightly reconciliation: requests the TN inventory report, downloads it and compares it with
 * our inventory. Scheduled by the ops cron through the admin JMX bean.
 */
public class InventoryReportJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportJob.class);

    private final ReportInstanceClient reports;
    private final InventoryReportCsvParser parser;
    private final TnInventoryStore inventory;

    public InventoryReportJob(ReportInstanceClient reports, InventoryReportCsvParser parser, TnInventoryStore inventory) {
        this.reports = reports;
        this.parser = parser;
        this.inventory = inventory;
    }

    public String request(String subAccount) {
        return reports.requestInventoryReport(subAccount);
    }

    public Map<String, List<String>> reconcile(String instanceId) throws Exception {
        try (InputStream csv = reports.download(ReportInstanceClient.TN_INVENTORY_REPORT, instanceId)) {
            List<InventoryReportCsvParser.Row> rows = parser.parse(csv);
            List<String> missingHere = rows.stream()
                    .map(InventoryReportCsvParser.Row::tn)
                    .filter(tn -> inventory.findByTn(tn).isEmpty())
                    .collect(Collectors.toList());
            List<String> byNpa919 = rows.stream()
                    .map(InventoryReportCsvParser.Row::tn)
                    .filter(tn -> tn.startsWith("919"))
                    .collect(Collectors.toList());
            log.info("inventory report {}: {} rows, {} unknown to us, {} in 919", instanceId, rows.size(),
                    missingHere.size(), byNpa919.size());
            return Map.of("missing", missingHere, "raleigh", byNpa919);
        }
    }

    /** Inventory counts per area code, for the capacity dashboard. */
    public Map<Integer, Long> countByAreaCode(List<InventoryReportCsvParser.Row> rows) {
        Map<Integer, Long> counts = new TreeMap<>();
        for (InventoryReportCsvParser.Row row : rows) {
            int areaCode = Integer.parseInt(row.tn().substring(0, 3));
            counts.merge(areaCode, 1L, Long::sum);
        }
        return counts;
    }
}
