package net.cedarline.numberdesk.jobs;

import java.util.List;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.ServiceRegistry;
import net.cedarline.numberdesk.dashboard.subscriptions.SubscriptionClient;

/**
 * Weekly: makes sure our callback subscriptions exist. The Dashboard drops subscriptions
 * whose callbacks fail for too long, and nobody notices until orders stop completing.
 */
public class SubscriptionRefreshJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionRefreshJob.class);

    @Override
    public void execute(JobExecutionContext context) {
        ServiceRegistry services = ServiceRegistry.from(context);
        refresh(services.subscriptions);
    }

    void refresh(SubscriptionClient subscriptions) {
        List<String> existing = subscriptions.subscriptionIds();
        if (existing.size() >= 3) {
            log.debug("{} subscriptions present, nothing to do", existing.size());
            return;
        }
        for (String id : existing) {
            subscriptions.delete(id);
        }
        subscriptions.subscribe("orders", "/orders");
        subscriptions.subscribePortIns();
        subscriptions.subscribe("importtnorders", "/importtnorders");
        log.info("re-created callback subscriptions (had {})", existing.size());
    }
}
