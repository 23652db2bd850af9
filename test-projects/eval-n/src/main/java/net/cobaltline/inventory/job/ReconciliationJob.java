package net.cobaltline.inventory.job;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.cobaltline.inventory.domain.InventoryRecord;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.NumberStatus;
import net.cobaltline.inventory.service.TnReportService;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Nightly reconciliation of our inventory against the Dashboard TN inventory report.
 */
@ApplicationScoped
public class ReconciliationJob {

    private static final Logger LOG = Logger.getLogger(ReconciliationJob.class);
    private static final Duration REPORT_WAIT = Duration.ofMinutes(20);

    @Inject
    TnReportService reports;

    @Inject
    ReportCsvParser parser;

    @Inject
    InventoryRepository repository;

    @Inject
    Clock clock;

    @Scheduled(cron = "{inventory.reconcile.cron}", identity = "tn-report-reconciliation",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() throws InterruptedException {
        String instanceId = reports.requestInventoryReport();
        Instant deadline = clock.instant().plus(REPORT_WAIT);
        Optional<String> csv = Optional.empty();
        while (csv.isEmpty() && clock.instant().isBefore(deadline)) {
            Thread.sleep(30_000);
            csv = reports.downloadIfReady(reports.inventoryReportId(), instanceId);
        }
        csv.ifPresentOrElse(this::reconcile,
                () -> LOG.errorf("TN report instance %s not ready after %s", instanceId, REPORT_WAIT));
    }

    public Summary reconcile(String csv) {
        List<ReportRow> rows = parser.parse(csv);
        Instant now = clock.instant();
        Set<String> seen = new HashSet<>();
        Map<Integer, Integer> perNpa = new TreeMap<>();
        int unknown = 0;
        for (ReportRow row : rows) {
            seen.add(row.tn());
            perNpa.merge(row.npa(), 1, Integer::sum);
            Optional<InventoryRecord> record = repository.findByTn(row.tn());
            if (record.isEmpty()) {
                unknown++;
                LOG.warnf("Dashboard reports %s in service but it is not in our inventory", row.tn());
                continue;
            }
            repository.save(record.get().seenAt(now));
        }
        int missing = 0;
        for (InventoryRecord record : repository.all()) {
            if (record.status() == NumberStatus.IN_SERVICE && !seen.contains(record.tn())) {
                repository.save(record.withStatus(NumberStatus.MISSING_FROM_REPORT));
                missing++;
            }
        }
        LOG.infof("Reconciled %d report rows: %d unknown, %d missing, per NPA %s", rows.size(), unknown, missing,
                perNpa);
        return new Summary(rows.size(), unknown, missing, perNpa);
    }

    public record Summary(int reported, int unknown, int missing, Map<Integer, Integer> perAreaCode) {
    }
}
