package net.harborlinecarrier.tnvault.jobs;

import io.dropwizard.lifecycle.Managed;
import io.dropwizard.util.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import net.harborlinecarrier.tnvault.core.PortOrder;
import net.harborlinecarrier.tnvault.dashboard.OrderClient;
import net.harborlinecarrier.tnvault.dashboard.xml.OrderResponseXml;
import net.harborlinecarrier.tnvault.db.PortOrderDao;
import net.harborlinecarrier.tnvault.db.TelephoneNumberDao;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Safety net for lost callbacks: polls the Dashboard for every order we still consider open
 * and activates the numbers it reports as completed.
 */
public class OrderStatusPoller implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(OrderStatusPoller.class);

    private static final Pattern COMPLETED_TN = Pattern.compile("[0-9]{10}");

    private final ScheduledExecutorService executor;
    private final OrderClient orderClient;
    private final PortOrderDao portOrders;
    private final TelephoneNumberDao tns;
    private final Duration interval;

    public OrderStatusPoller(ScheduledExecutorService executor, OrderClient orderClient, PortOrderDao portOrders,
                             TelephoneNumberDao tns, Duration interval) {
        this.executor = executor;
        this.orderClient = orderClient;
        this.portOrders = portOrders;
        this.tns = tns;
        this.interval = interval;
    }

    @Override
    public void start() {
        executor.scheduleWithFixedDelay(this::pollSafely, 30, interval.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void stop() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.error("order poll failed, will retry in {}", interval, e);
        }
    }

    void poll() {
        List<PortOrder> pending = portOrders.findPending();
        LOG.debug("polling {} open orders", pending.size());
        for (PortOrder order : pending) {
            if (!"orders".equals(order.orderType())) {
                continue; // port-ins are followed by callbacks only
            }
            OrderResponseXml response = orderClient.get(order.dashboardOrderId());
            for (String tn : response.completedFullNumbers()) {
                if (!COMPLETED_TN.matcher(tn).matches()) {
                    LOG.warn("order {}: unexpected number {}", order.dashboardOrderId(), tn);
                    continue;
                }
                tns.activate(Long.parseLong(tn), order.customerId());
            }
            if (response.isFinal()) {
                portOrders.updateStatus(order.dashboardOrderId(), response.orderStatus);
            }
        }
    }
}
