package com.northforktel.numbering.reports;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.dashboard.ReportInstanceClient;
import com.northforktel.numbering.inventory.NumberStore;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Daily: runs the Dashboard inventory report and stamps every listed number as seen. Numbers
 * not seen for a week are picked up by the disconnect reconciliation.
 */
public class InventoryReportJob extends AbstractVerticle {

    private static final Logger log = LoggerFactory.getLogger(InventoryReportJob.class);
    private static final long STATUS_POLL_MS = 30_000;

    private final ReportInstanceClient reports;
    private final NumberStore store;
    private final String reportId;
    private final long intervalMs;
    private final ReportCsvParser parser = new ReportCsvParser();

    @Inject
    public InventoryReportJob(ReportInstanceClient reports, NumberStore store,
                              @Named(ConfigKeys.REPORTS_INVENTORY_ID) String reportId,
                              @Named("reports.intervalMs") String intervalMs) {
        this.reports = reports;
        this.store = store;
        this.reportId = reportId;
        this.intervalMs = Long.parseLong(intervalMs);
    }

    @Override
    public void start() {
        vertx.setPeriodic(intervalMs, id -> run()
                .onSuccess(n -> log.info("inventory report: {} numbers confirmed", n))
                .onFailure(err -> log.warn("inventory report failed", err)));
    }

    Future<Integer> run() {
        Instant startedAt = Instant.now();
        return reports.requestInventoryReport(reportId)
                .compose(this::awaitReady)
                .compose(instanceId -> reports.download(reportId, instanceId))
                .map(buffer -> parser.parse(buffer.toString()))
                .compose(result -> {
                    if (!result.rejected().isEmpty()) {
                        log.warn("{} report lines not understood, first: {}", result.rejected().size(),
                                result.rejected().get(0));
                    }
                    return store.touch(result.rows().stream().map(ReportCsvParser.ReportRow::tn).toList(), startedAt);
                });
    }

    private Future<String> awaitReady(String instanceId) {
        Promise<String> ready = Promise.promise();
        vertx.setPeriodic(STATUS_POLL_MS, timer -> reports.status(reportId, instanceId).onSuccess(status -> {
            if ("Ready".equalsIgnoreCase(status)) {
                vertx.cancelTimer(timer);
                ready.tryComplete(instanceId);
            } else if ("Failed".equalsIgnoreCase(status) || "Expired".equalsIgnoreCase(status)) {
                vertx.cancelTimer(timer);
                ready.tryFail("report instance " + instanceId + " " + status);
            }
        }));
        return ready.future();
    }
}
