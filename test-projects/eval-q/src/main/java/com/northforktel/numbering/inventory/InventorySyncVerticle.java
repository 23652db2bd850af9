package com.northforktel.numbering.inventory;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.dashboard.TnDetailsClient;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Periodic inventory sync. Skips a round when the Dashboard probe fails or the previous round is
 * still running.
 */
public class InventorySyncVerticle extends AbstractVerticle {

    private static final Logger log = LoggerFactory.getLogger(InventorySyncVerticle.class);

    private final InventorySyncService sync;
    private final TnDetailsClient probe;
    private final long intervalMs;
    private final AtomicBoolean running = new AtomicBoolean();
    private long timerId = -1;

    @Inject
    public InventorySyncVerticle(InventorySyncService sync, TnDetailsClient probe,
                                 @Named(ConfigKeys.INVENTORY_SYNC_INTERVAL) String intervalMs) {
        this.sync = sync;
        this.probe = probe;
        this.intervalMs = Long.parseLong(intervalMs);
    }

    @Override
    public void start() {
        timerId = vertx.setPeriodic(30_000, intervalMs, id -> runOnce());
        log.info("inventory sync every {} ms", intervalMs);
    }

    @Override
    public void stop() {
        vertx.cancelTimer(timerId);
    }

    void runOnce() {
        if (!running.compareAndSet(false, true)) {
            log.info("previous inventory sync still running, skipping");
            return;
        }
        probe.probe()
                .compose(up -> up ? sync.syncAll() : Future.failedFuture("dashboard probe failed"))
                .onSuccess(reports -> reports.forEach(r ->
                        log.info("area code {}: {} upserted, {} skipped", r.areaCode(), r.upserted(), r.skipped())))
                .onFailure(err -> log.warn("inventory sync failed: {}", err.getMessage()))
                .onComplete(ar -> running.set(false));
    }
}
