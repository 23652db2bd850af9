package net.cascadiatel.provisioning.jobs;

import akka.actor.ActorSystem;
import com.typesafe.config.Config;
import java.time.Duration;
import java.time.LocalTime;
import javax.inject.Inject;
import net.cascadiatel.provisioning.reports.InventoryReportClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.concurrent.ExecutionContext;

/** Asks the Dashboard for the TN inventory report every night; the file is fetched by ops. */
public class ReportPullJob {

    private static final Logger log = LoggerFactory.getLogger(ReportPullJob.class);

    @Inject
    public ReportPullJob(ActorSystem actorSystem, ExecutionContext executionContext,
                         InventoryReportClient reports, Config config) {
        LocalTime at = LocalTime.parse(config.getString("cascadia.jobs.report-pull.at"));
        Duration initialDelay = Duration.between(LocalTime.now(), at);
        if (initialDelay.isNegative()) {
            initialDelay = initialDelay.plusDays(1);
        }
        actorSystem.scheduler().scheduleWithFixedDelay(initialDelay, Duration.ofDays(1), () ->
                reports.requestInventory().whenComplete((location, error) -> {
                    if (error != null) {
                        log.error("Inventory report request failed", error);
                    } else {
                        log.info("Inventory report requested: {}", location);
                    }
                }), executionContext);
    }
}
