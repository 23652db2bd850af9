package net.harborlight.numops.batch;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.Job;
import org.springframework.batch.core.JobParametersBuilder;
import org.springframework.batch.core.launch.JobLauncher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Launches the nightly jobs. Times are UTC and staggered so the Dashboard rate limit is not hit.
 */
@Component
@ConditionalOnProperty(prefix = "numops.jobs", name = "enabled", havingValue = "true", matchIfMissing = true)
public class NightlyJobScheduler {

    private static final Logger log = LoggerFactory.getLogger(NightlyJobScheduler.class);

    private final JobLauncher launcher;
    private final Map<String, Job> jobs;

    public NightlyJobScheduler(JobLauncher launcher, Map<String, Job> jobs) {
        this.launcher = launcher;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${numops.jobs.cron.smoke:0 5 1 * * *}", zone = "UTC")
    public void smoke() {
        launch("smokeOrderJob");
    }

    @Scheduled(cron = "${numops.jobs.cron.reconciliation:0 15 2 * * *}", zone = "UTC")
    public void reconciliation() {
        launch("orderReconciliationJob");
    }

    @Scheduled(cron = "${numops.jobs.cron.disconnects:0 40 2 * * *}", zone = "UTC")
    public void disconnects() {
        launch("disconnectReportJob");
    }

    @Scheduled(cron = "${numops.jobs.cron.inventory:0 10 3 * * *}", zone = "UTC")
    public void inventory() {
        launch("inventorySnapshotJob");
    }

    @Scheduled(cron = "${numops.jobs.cron.e911:0 30 3 * * *}", zone = "UTC")
    public void e911() {
        launch("e911AddressSyncJob");
    }

    private void launch(String name) {
        Job job = jobs.get(name);
        if (job == null) {
            log.warn("Job {} is not configured", name);
            return;
        }
        try {
            launcher.run(job, new JobParametersBuilder()
                    .addLong("run.ts", System.currentTimeMillis())
                    .toJobParameters());
        } catch (Exception e) {
            log.error("Job {} failed to launch", name, e);
        }
    }
}
