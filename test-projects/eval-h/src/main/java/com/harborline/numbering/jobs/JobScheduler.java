package com.harborline.numbering.jobs;

import com.harborline.numbering.config.BackOfficeProperties;
import com.harborline.numbering.config.IrisClientFactory;
import com.harborline.numbering.http.DashboardHttpClient;
import com.harborline.numbering.repository.DataSourceFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the {@link Job}s on the schedule from {@code jobs.yaml}. One thread per job at most. */
public class JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final Map<String, JobScheduleLoader.JobSpec> specs;
    private final List<Job> jobs = new ArrayList<>();
    private ScheduledExecutorService executor;

    public JobScheduler(Map<String, JobScheduleLoader.JobSpec> specs) {
        this.specs = specs;
        jobs.add(new InventoryReconcileJob());
        jobs.add(new E911AuditJob());
        jobs.add(new HostedMessagingCleanupJob());
        jobs.add(new ImportOrderStatusJob());
        jobs.add(new SubscriptionRenewalJob());
        jobs.add(new NumberPoolRefillJob());
        jobs.add(new PortInventoryReportJob());
        jobs.add(new SmsEnablementJob());
        jobs.add(new DataRetentionJob());
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    public void start() {
        BackOfficeProperties props = BackOfficeProperties.load();
        JobContext context = new JobContext(props, new DashboardHttpClient(props), new IrisClientFactory(props),
                DataSourceFactory.shared(), Clock.systemUTC());
        executor = Executors.newScheduledThreadPool(Math.max(1, jobs.size() / 2));
        for (Job job : jobs) {
            JobScheduleLoader.JobSpec spec = specs.get(job.name());
            if (spec == null) {
                LOG.warn("job {} has no schedule in jobs.yaml, not scheduled", job.name());
                continue;
            }
            job.configure(spec.settings());
            executor.scheduleWithFixedDelay(() -> job.run(context), spec.initialDelay().toSeconds(),
                    spec.every().toSeconds(), TimeUnit.SECONDS);
        }
    }

    public void shutdown() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
