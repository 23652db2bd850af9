package net.tidewaterconnect.numbering.report;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import net.tidewaterconnect.numbering.dashboard.ReportClient;
import net.tidewaterconnect.numbering.inventory.InventoryRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: compare the Dashboard inventory report with our own inventory table. */
@Component
public class InventoryReconciliationJob {

    private static final Logger log = LoggerFactory.getLogger(InventoryReconciliationJob.class);

    private final ReportClient reports;
    private final InventoryReportParser parser;
    private final InventoryRepository inventory;
    private final String inventoryReportId;

    public InventoryReconciliationJob(ReportClient reports, InventoryReportParser parser,
            InventoryRepository inventory,
            @Value("${tidewater.bandwidth.dashboard.reports.inventory-id}") String inventoryReportId) {
        this.reports = reports;
        this.parser = parser;
        this.inventory = inventory;
        this.inventoryReportId = inventoryReportId;
    }

    @Scheduled(cron = "${tidewater.jobs.reconciliation-cron:0 30 2 * * *}")
    public void reconcile() throws IOException {
        URI instance = reports.requestInventoryReport(inventoryReportId);
        String instanceId = instance.getPath().substring(instance.getPath().lastIndexOf('/') + 1);
        String csv = reports.download(inventoryReportId, instanceId);
        List<InventoryReportParser.ReportLine> lines = parser.parse(csv);

        Set<String> ours = inventory.allActiveTns();
        Set<String> theirs = lines.stream().map(InventoryReportParser.ReportLine::tn).collect(Collectors.toSet());

        theirs.stream().filter(tn -> !ours.contains(tn))
                .forEach(tn -> log.warn("On the Dashboard but not in inventory: {}", tn));
        ours.stream().filter(tn -> !theirs.contains(tn))
                .forEach(tn -> log.warn("In inventory but not on the Dashboard: {}", tn));

        Map<String, Long> perNpa = lines.stream()
                .collect(Collectors.groupingBy(l -> l.tn().substring(0, 3), Collectors.counting()));
        perNpa.forEach((npa, count) -> log.info("NPA {}: {} numbers", npa, count));
    }
}
