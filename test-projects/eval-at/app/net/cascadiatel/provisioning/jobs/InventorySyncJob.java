package net.cascadiatel.provisioning.jobs;

import akka.actor.ActorSystem;
import akka.actor.Cancellable;
import com.typesafe.config.Config;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import net.cascadiatel.provisioning.numbers.InserviceNumberService;
import net.cascadiatel.provisioning.store.TnInventoryStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.inject.ApplicationLifecycle;
import scala.concurrent.ExecutionContext;

/** Reconciles our inventory with the numbers the Dashboard has in service. */
public class InventorySyncJob {

    private static final Logger log = LoggerFactory.getLogger(InventorySyncJob.class);

    private final InserviceNumberService inservice;
    private final TnInventoryStore store;
    private final List<String> areaCodes;

    @Inject
    public InventorySyncJob(ActorSystem actorSystem, ExecutionContext executionContext,
                            InserviceNumberService inservice, TnInventoryStore store, Config config,
                            ApplicationLifecycle lifecycle) {
        this.inservice = inservice;
        this.store = store;
        this.areaCodes = config.getStringList("cascadia.jobs.inventory-sync.area-codes");

        Duration interval = config.getDuration("cascadia.jobs.inventory-sync.interval");
        Cancellable task = actorSystem.scheduler().scheduleAtFixedRate(
                Duration.ofMinutes(2), interval, this::run, executionContext);
        lifecycle.addStopHook(() -> {
            task.cancel();
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        });
    }

    void run() {
        int missing = 0;
        for (String areaCode : areaCodes) {
            try {
                for (String tn : inservice.inService(areaCode)) {
                    if (tn.length() != 10) {
                        log.warn("Unexpected number format from inserviceNumbers: {}", tn);
                        continue;
                    }
                    if (!store.contains(tn)) {
                        store.markActive(tn, "UNASSIGNED");
                        missing++;
                    }
                }
            } catch (Exception e) {
                log.error("Inventory sync failed for area code {}", areaCode, e);
            }
        }
        log.info("Inventory sync done, {} numbers were missing locally", missing);
    }
}
