package net.kestrelridge.provisioning;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.kestrelridge.provisioning.health.DashboardHealthProbe;
import net.kestrelridge.provisioning.kafka.CallbackRelayConsumer;
import net.kestrelridge.provisioning.kafka.OrderEventConsumer;
import net.kestrelridge.provisioning.reports.InventoryReportJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the two Kafka consumer loops and the scheduled jobs until shutdown.
 */
@Singleton
public class ProvisioningWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ProvisioningWorker.class);

    private final OrderEventConsumer orderConsumer;
    private final CallbackRelayConsumer callbackConsumer;
    private final InventoryReportJob reportJob;
    private final DashboardHealthProbe healthProbe;
    private final ExecutorService loops = Executors.newFixedThreadPool(2);
    private final java.util.concurrent.ScheduledExecutorService scheduler =
            Executors.newSingleThreadScheduledExecutor();

    @Inject
    public ProvisioningWorker(OrderEventConsumer orderConsumer,
                              CallbackRelayConsumer callbackConsumer,
                              InventoryReportJob reportJob,
                              DashboardHealthProbe healthProbe) {
        this.orderConsumer = orderConsumer;
        this.callbackConsumer = callbackConsumer;
        this.reportJob = reportJob;
        this.healthProbe = healthProbe;
    }

    @Override
    public void run() {
        loops.submit(orderConsumer);
        loops.submit(callbackConsumer);
        scheduler.scheduleWithFixedDelay(healthProbe::probe, 1, 5, TimeUnit.MINUTES);
        scheduler.scheduleAtFixedRate(reportJob::runSafely, 10, 24 * 60, TimeUnit.MINUTES);
        try {
            loops.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void shutdown() {
        log.info("shutting down consumers");
        orderConsumer.wakeup();
        callbackConsumer.wakeup();
        scheduler.shutdownNow();
        loops.shutdown();
    }
}
