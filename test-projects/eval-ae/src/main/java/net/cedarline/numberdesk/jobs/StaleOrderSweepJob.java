package net.cedarline.numberdesk.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cedarline.numberdesk.ServiceRegistry;
import net.cedarline.numberdesk.dashboard.DashboardTransport;
import net.cedarline.numberdesk.store.OrderDao;
import net.cedarline.numberdesk.util.XmlSupport;

/**
 * Every 30 minutes: orders stuck in RECEIVED/PROCESSING locally are re-read from the
 * Dashboard (callbacks do get lost), and failed orders of the day are pulled for the NOC.
 */
public class StaleOrderSweepJob implements Job {

    private static final Logger log = LoggerFactory.getLogger(StaleOrderSweepJob.class);
    private static final String HOST = "https://dashboard.bandwidth.com";

    @Override
    public void execute(JobExecutionContext context) {
        ServiceRegistry services = ServiceRegistry.from(context);
        sweep(services.transport, services.orderDao, services.config.dashboard.getAccountId());
    }

    void sweep(DashboardTransport http, OrderDao orders, String accountId) {
        List<OrderDao.OrderRow> stale = orders.stale(Instant.now().minus(Duration.ofHours(2)));
        for (OrderDao.OrderRow row : stale) {
            String url = HOST + "/v1.0/accounts/" + accountId + "/orders/" + row.orderId();
            String status = XmlSupport.firstText(http.get(url).body(), "OrderStatus");
            if (status != null && !status.equals(row.status())) {
                orders.updateStatus(row.orderId(), status);
                log.info("order {} moved {} -> {} (callback missed)", row.orderId(), row.status(), status);
            }
        }
        String failedUrl = HOST + "/v1.0/accounts/" + accountId + "/orders?status=FAILED&modifiedDateFrom=" + LocalDate.now();
        List<String> failed = XmlSupport.texts(http.get(failedUrl).body(), "OrderId");
        if (!failed.isEmpty()) {
            log.warn("{} failed orders today: {}", failed.size(), failed);
        }
    }
}
