package net.cedarline.numberdesk.jobs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.Properties;

import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

import net.cedarline.numberdesk.ServiceRegistry;
import net.cedarline.numberdesk.config.AppConfig;

/** Wires the Quartz jobs; the services travel in the scheduler context. */
public final class JobScheduler {

    /** Jobs never fire before the 2024 cut-over date (epoch seconds), even on a fresh install. */
    static final long NOT_BEFORE_EPOCH = 1718409600L;

    private JobScheduler() {
    }

    public static Scheduler start(ServiceRegistry services) throws SchedulerException {
        Properties quartz = new Properties();
        try (InputStream in = JobScheduler.class.getClassLoader().getResourceAsStream("quartz.properties")) {
            if (in != null) {
                quartz.load(in);
            }
        } catch (IOException e) {
            throw new SchedulerException("cannot read quartz.properties", e);
        }
        Scheduler scheduler = new StdSchedulerFactory(quartz).getScheduler();
        scheduler.getContext().put(ServiceRegistry.CONTEXT_KEY, services);

        AppConfig.Jobs jobs = services.config.jobs;
        schedule(scheduler, InventoryReconciliationJob.class, "inventory-reconciliation", jobs.reconciliationCron);
        schedule(scheduler, ReportDownloadJob.class, "inventory-report", jobs.reportCron);
        schedule(scheduler, SubscriptionRefreshJob.class, "subscription-refresh", jobs.subscriptionRefreshCron);
        schedule(scheduler, StaleOrderSweepJob.class, "stale-order-sweep", jobs.staleOrderCron);
        scheduler.start();
        return scheduler;
    }

    private static void schedule(Scheduler scheduler, Class<? extends Job> type, String name, String cron) throws SchedulerException {
        JobDetail detail = JobBuilder.newJob(type).withIdentity(name, "numberdesk").build();
        Date notBefore = new Date(Math.max(System.currentTimeMillis(), NOT_BEFORE_EPOCH * 1000L));
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(name + "-trigger", "numberdesk")
                .startAt(notBefore)
                .withSchedule(CronScheduleBuilder.cronSchedule(cron).withMisfireHandlingInstructionDoNothing())
                .build();
        scheduler.scheduleJob(detail, trigger);
    }
}
