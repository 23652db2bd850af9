package io.kestrelvoice.numbering.batch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.kestrelvoice.numbering.batch.config.BatchProperties;
import io.kestrelvoice.numbering.batch.e911.E911AuditJob;
import io.kestrelvoice.numbering.batch.hosted.ExternalTnCleanupJob;
import io.kestrelvoice.numbering.batch.inventory.InventoryReconciliationJob;
import io.kestrelvoice.numbering.batch.reports.InventoryReportJob;
import io.kestrelvoice.numbering.batch.reports.InventoryReportParser.ReportRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Cron triggers. Each job logs under the run id (yyyyMMddHH) so the NOC can grep one night.
 */
@Component
public class NightlyScheduler {

    private static final Logger log = LoggerFactory.getLogger(NightlyScheduler.class);
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMddHH");

    /** Run ids before this one were written by the old cron box and are not in the metrics DB. */
    static final long FIRST_TRACKED_RUN = 2024010100L;

    private final InventoryReconciliationJob reconciliation;
    private final InventoryReportJob reports;
    private final E911AuditJob e911Audit;
    private final ExternalTnCleanupJob externalTnCleanup;
    private final BatchProperties properties;

    public NightlyScheduler(InventoryReconciliationJob reconciliation, InventoryReportJob reports,
                            E911AuditJob e911Audit, ExternalTnCleanupJob externalTnCleanup, BatchProperties properties) {
        this.reconciliation = reconciliation;
        this.reports = reports;
        this.e911Audit = e911Audit;
        this.externalTnCleanup = externalTnCleanup;
        this.properties = properties;
    }

    static long runId() {
        return Long.parseLong(LocalDateTime.now().format(RUN_ID));
    }

    @Scheduled(cron = "${kestrel.batch.cron.reconciliation:0 15 2 * * *}")
    public void reconcile() {
        long runId = runId();
        var result = reconciliation.run();
        log.info("[{}] reconciliation done: {} not billed", runId, result.notBilled().size());
    }

    @Scheduled(cron = "${kestrel.batch.cron.reports:0 45 2 * * *}")
    public void inventoryReport() throws InterruptedException {
        List<ReportRow> rows = reports.inventory();
        log.info("[{}] inventory report: {} rows", runId(), rows.size());
    }

    @Scheduled(cron = "${kestrel.batch.cron.e911:0 30 3 * * *}")
    public void e911() {
        if (properties.e911AuditEnabled()) {
            log.info("[{}] e911 audit: {} failing", runId(), e911Audit.unvalidated().size());
        }
    }

    @Scheduled(cron = "${kestrel.batch.cron.external-tns:0 0 4 * * SUN}")
    public void externalTns() {
        log.info("[{}] external TN cleanup moved {} numbers", runId(), externalTnCleanup.migrate());
    }
}
