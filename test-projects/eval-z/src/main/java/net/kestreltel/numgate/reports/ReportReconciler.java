package net.kestreltel.numgate.reports;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.kestreltel.numgate.config.DashboardProperties;
import net.kestreltel.numgate.config.KestrelProperties;
import net.kestreltel.numgate.dashboard.ReportClient;
import net.kestreltel.numgate.inventory.PhoneNumberEntity;
import net.kestreltel.numgate.inventory.PhoneNumberRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Nightly: runs the Dashboard TN inventory report and compares it with our database.
 * Numbers the Dashboard has and we do not are inserted; numbers we have and the Dashboard
 * does not are marked DISCONNECTED (the inventory sync only sees in-service numbers).
 */
@Component
@ConditionalOnProperty(prefix = "kestrel.reconciler", name = "enabled", havingValue = "true", matchIfMissing = true)
public class ReportReconciler {

    private static final Logger log = LoggerFactory.getLogger(ReportReconciler.class);

    private final ReportClient reports;
    private final ReportInstanceFactory instances;
    private final ReportCsvParser parser;
    private final PhoneNumberRepository repository;
    private final KestrelProperties.Reconciler props;
    private final DashboardProperties dashboard;

    public ReportReconciler(ReportClient reports, ReportInstanceFactory instances, ReportCsvParser parser,
                            PhoneNumberRepository repository, KestrelProperties.Reconciler props, DashboardProperties dashboard) {
        this.reports = reports;
        this.instances = instances;
        this.parser = parser;
        this.repository = repository;
        this.props = props;
        this.dashboard = dashboard;
    }

    @Scheduled(cron = "${kestrel.reconciler.cron:0 15 3 * * *}", zone = "America/New_York")
    public void nightly() {
        reconcile().subscribe(
                result -> log.info("Reconciled inventory: {}", result),
                e -> log.error("Inventory reconciliation failed", e));
    }

    public Mono<Result> reconcile() {
        String instanceXml = instances.tnInventory(dashboard.accountId(), props.retentionDays());
        return reports.createInstance(props.inventoryReportId(), instanceXml)
                .flatMap(id -> reports.awaitReady(props.inventoryReportId(), id, props.pollInterval(), props.maxPolls())
                        .then(reports.downloadCsv(props.inventoryReportId(), id)))
                .map(parser::parse)
                .flatMap(this::apply);
    }

    private Mono<Result> apply(List<ReportRow> rows) {
        Set<String> onDashboard = rows.stream().map(ReportRow::tn).collect(Collectors.toSet());
        Mono<Long> inserted = Flux.fromIterable(rows)
                .filterWhen(row -> repository.existsByTn(row.tn()).map(exists -> !exists))
                .map(row -> PhoneNumberEntity.fromInventory(row.tn(), row.areaCode(), row.siteId()))
                .flatMap(repository::save)
                .count();
        Mono<Long> disconnected = repository.findByStatus("ACTIVE")
                .filter(entity -> !onDashboard.contains(entity.tn()))
                .map(entity -> entity.withStatus("DISCONNECTED", java.time.Instant.now()))
                .flatMap(repository::save)
                .count();
        return Mono.zip(inserted, disconnected, Result::new);
    }

    public record Result(long inserted, long disconnected) {
    }
}
