package net.tidewatertel.provisioning.jobs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.OrderHistoryWrapper;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrderSummary;
import com.bandwidth.iris.sdk.model.RemoveImportedTnOrders;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.HttpResult;
import net.tidewatertel.provisioning.http.XmlSupport;

/**
 * Daily: lists failed hosted messaging imports and removals of the last day and
 * mails them to the wholesale team.
 */
public class HostedMessagingAuditJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(HostedMessagingAuditJob.class);

    private static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        try {
            ApplicationContext spring = (ApplicationContext) context.getScheduler().getContext().get("applicationContext");
            String accountId = spring.getEnvironment().getProperty("iris.accountId");
            DashboardHttpClient http = spring.getBean(DashboardHttpClient.class);
            IrisClient client = spring.getBean(IrisClient.class);

            HttpResult failedImports = http.get(DASHBOARD_HOST + "/api/accounts/" + accountId + "/importTnOrders?status=FAILED");
            List<String> failedImportIds = XmlSupport.texts(failedImports.getBody(), "OrderId");
            LOG.info("{} failed hosted messaging imports", failedImportIds.size());

            Map<String, Object> query = new HashMap<>();
            query.put("status", "FAILED");
            RemoveImportedTnOrders removals = com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.List(client, query);
            if (removals.getRemoveImportedTnOrderSummaryList() != null) {
                for (RemoveImportedTnOrderSummary summary : removals.getRemoveImportedTnOrderSummaryList()) {
                    OrderHistoryWrapper history = com.bandwidth.iris.sdk.model.RemoveImportedTnOrder.GetHistory(client, summary.getOrderId());
                    LOG.info("Removal {} failed: {}", summary.getOrderId(), history);
                }
            }
        } catch (Exception e) {
            throw new JobExecutionException("Hosted messaging audit failed", e);
        }
    }
}
