package net.tidewatertel.numbering.jobs;

import com.google.inject.Inject;
import com.google.inject.name.Named;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import net.tidewatertel.numbering.hosted.ExternalTnsRegistrar;
import net.tidewatertel.numbering.inventory.InventorySyncService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Timers: hourly inventory sync, order polling every minute, external TN registration.
 */
public class PeriodicJobsVerticle extends AbstractVerticle {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicJobsVerticle.class);

  private final InventorySyncService inventorySync;
  private final OrderPoller orderPoller;
  private final ExternalTnsRegistrar externalTns;
  private final long inventorySyncIntervalMs;
  private final long orderPollIntervalMs;
  private final List<Long> timers = new ArrayList<>();

  @Inject
  public PeriodicJobsVerticle(InventorySyncService inventorySync,
                              OrderPoller orderPoller,
                              ExternalTnsRegistrar externalTns,
                              @Named("jobs.inventory-sync-interval-ms") long inventorySyncIntervalMs,
                              @Named("jobs.order-poll-interval-ms") long orderPollIntervalMs) {
    this.inventorySync = inventorySync;
    this.orderPoller = orderPoller;
    this.externalTns = externalTns;
    this.inventorySyncIntervalMs = inventorySyncIntervalMs;
    this.orderPollIntervalMs = orderPollIntervalMs;
  }

  @Override
  public void start() {
    schedule("inventory-sync", inventorySyncIntervalMs, inventorySync::syncAll);
    schedule("order-poll", orderPollIntervalMs, orderPoller::pollPending);
    schedule("external-tns", inventorySyncIntervalMs, externalTns::registerPending);
  }

  @Override
  public void stop() {
    timers.forEach(vertx::cancelTimer);
  }

  private void schedule(String name, long intervalMs, Supplier<Future<?>> job) {
    timers.add(vertx.setPeriodic(intervalMs, id -> {
      long started = System.currentTimeMillis();
      job.get().onComplete(ar -> LOG.info("{} finished in {} ms ({})", name,
          System.currentTimeMillis() - started, ar.succeeded() ? "ok" : ar.cause().getMessage()));
    }));
  }
}
