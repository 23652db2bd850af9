package net.tidewatertel.provisioning.jobs;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.quartz.QuartzJobBean;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;

import net.tidewatertel.provisioning.http.DashboardHttpClient;
import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.integrations.MessagingApiClient;

/**
 * Every 15 minutes: checks that the Richmond canary line is still in service on the
 * Dashboard and re-orders it from the template if the lab rebuild dropped it.
 */
@DisallowConcurrentExecution
public class CanaryNumberCheckJob extends QuartzJobBean {

    private static final Logger LOG = LoggerFactory.getLogger(CanaryNumberCheckJob.class);

    private static final long CANARY_TN = 8045550117L;

    /** NOC on-call phone, texted through Bandwidth messaging. */
    private static final String NOC_ON_CALL = "+17575550150";

    /** Quiet period between two alerts, in seconds. */
    private static final long ALERT_QUIET_SECONDS = 3600L;

    private static final int UNLIMITED_RETRIES = 2147483647;

    private static long lastAlertEpochSeconds;

    private String irisHost;

    public void setIrisHost(String irisHost) {
        this.irisHost = irisHost;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        try {
            ApplicationContext spring = (ApplicationContext) context.getScheduler().getContext().get("applicationContext");
            String accountId = spring.getEnvironment().getProperty("iris.accountId");
            IrisClient client = new IrisClient(irisHost, accountId,
                    spring.getEnvironment().getProperty("iris.username"),
                    spring.getEnvironment().getProperty("iris.password"), "v1.0");

            TelephoneNumberDetails details = Tns.getTnDetails(client, String.valueOf(CANARY_TN));
            if (details != null && "Inservice".equalsIgnoreCase(details.getStatus())) {
                return;
            }
            LOG.warn("Canary line not in service ({}), re-ordering", details == null ? "missing" : details.getStatus());
            reorder(spring.getBean(DashboardHttpClient.class), spring.getBean(DashboardPaths.class));
            alert(spring.getBean(MessagingApiClient.class), context.getFireTime().getTime() / 1000L);
        } catch (Exception e) {
            JobExecutionException failure = new JobExecutionException("Canary check failed", e);
            failure.setRefireImmediately(context.getRefireCount() < UNLIMITED_RETRIES && context.getRefireCount() < 3);
            throw failure;
        }
    }

    private void reorder(DashboardHttpClient http, DashboardPaths paths) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/templates/canary-order.xml")) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            LOG.info("Canary re-order: {}", http.post(paths.orders(), body));
        }
    }

    private static synchronized void alert(MessagingApiClient messaging, long nowEpochSeconds) throws Exception {
        if (nowEpochSeconds - lastAlertEpochSeconds < ALERT_QUIET_SECONDS) {
            return;
        }
        lastAlertEpochSeconds = nowEpochSeconds;
        messaging.sendText(NOC_ON_CALL, "Richmond canary line dropped off the Dashboard, re-order placed");
    }
}
