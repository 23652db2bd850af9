package net.tidewatertel.provisioning.jobs;

import java.util.List;
import java.util.Set;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

import net.tidewatertel.provisioning.inventory.InventoryRepository;
import net.tidewatertel.provisioning.numbers.InserviceNumberService;

/**
 * Compares the Dashboard's in-service numbers with the service order system and
 * flags the differences for the number administrators.
 */
@DisallowConcurrentExecution
public class InventoryReconcileJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryReconcileJob.class);

    private String inserviceUri;
    private int pageSize = 500;

    public void setInserviceUri(String inserviceUri) {
        this.inserviceUri = inserviceUri;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        try {
            ApplicationContext spring = (ApplicationContext) context.getScheduler().getContext().get("applicationContext");
            InserviceNumberService dashboard = spring.getBean(InserviceNumberService.class);
            InventoryRepository inventory = spring.getBean(InventoryRepository.class);

            List<String> onDashboard = dashboard.fetchAll(inserviceUri + "&size=" + pageSize);
            Set<String> local = inventory.inServiceNumbers();
            int unknown = 0;
            for (String tn : onDashboard) {
                if (!local.remove(tn)) {
                    inventory.markUnknownOnDashboard("+1" + tn);
                    unknown++;
                }
            }
            for (String missing : local) {
                inventory.markMissingOnDashboard(missing);
            }
            LOG.info("Reconcile done: {} on Dashboard, {} unknown to SOS, {} missing on Dashboard",
                    onDashboard.size(), unknown, local.size());
        } catch (Exception e) {
            throw new JobExecutionException("Inventory reconcile failed", e);
        }
    }
}
