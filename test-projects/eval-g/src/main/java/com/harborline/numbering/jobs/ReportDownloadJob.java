package com.harborline.numbering.jobs;

import com.harborline.numbering.domain.NumberInventoryStore;
import com.harborline.numbering.dto.InventoryReportRow;
import com.harborline.numbering.report.InventoryReportParser;
import com.harborline.numbering.service.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Requests the inventory report, polls until it is ready, then publishes
 * per-NPA counts and flags numbers missing from our inventory.
 */
@ApplicationScoped
public class ReportDownloadJob {

    private static final Logger LOG = Logger.getLogger(ReportDownloadJob.class.getName());

    /** Report instances are kept for 7 days; we poll for at most 30 minutes. */
    static final long POLL_TIMEOUT_MILLIS = 1_800_000L;

    @Inject
    ReportService reports;

    @Inject
    InventoryReportParser parser;

    @Inject
    NumberInventoryStore store;

    public Map<String, Long> run() throws Exception {
        String instanceId = reports.requestInventoryReport();
        long deadline = System.currentTimeMillis() + POLL_TIMEOUT_MILLIS;
        while (!reports.isReady(instanceId)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Report " + instanceId + " not ready after 30 minutes");
            }
            Thread.sleep(30_000L);
        }
        List<InventoryReportRow> rows = reports.download(instanceId);
        long missing = rows.stream()
                .filter(row -> !store.contains(String.valueOf(row.telephoneNumber())))
                .count();
        LOG.info("Inventory report " + instanceId + ": " + rows.size() + " rows, " + missing + " not in inventory");
        return parser.countByAreaCode(rows);
    }
}
