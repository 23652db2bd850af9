package net.cobaltline.inventory.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.cobaltline.inventory.client.DashboardAccountsClient;
import net.cobaltline.inventory.config.DashboardConfig;
import net.cobaltline.inventory.domain.InventoryRecord;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.domain.NumberStatus;
import net.cobaltline.inventory.model.dashboard.OrderResponsePayload;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Safety net for orders whose callback never arrived: polls orders still marked ORDERED.
 */
@ApplicationScoped
public class OrderStatusPoller {

    private static final Logger LOG = Logger.getLogger(OrderStatusPoller.class);

    /** Orders older than this many polls are escalated to the NOC. */
    private static final int MAX_POLLS = 120;

    @Inject
    @RestClient
    DashboardAccountsClient accounts;

    @Inject
    DashboardConfig config;

    @Inject
    InventoryRepository repository;

    @Inject
    NumberOrderService orders;

    @Inject
    BillingEvents billing;

    private final java.util.concurrent.ConcurrentHashMap<String, Integer> polls = new java.util.concurrent.ConcurrentHashMap<>();

    @Scheduled(every = "${dashboard.order-poll-interval:PT30S}", identity = "dashboard-order-poller",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pollPendingOrders() {
        Map<String, InventoryRecord> pendingByOrder = repository.all().stream()
                .filter(r -> r.status() == NumberStatus.ORDERED && r.dashboardOrderId() != null)
                .collect(Collectors.toMap(InventoryRecord::dashboardOrderId, Function.identity(), (a, b) -> a));

        pendingByOrder.forEach((orderId, sample) -> {
            OrderResponsePayload response = accounts.getOrder(config.accountId(), orderId);
            if ("COMPLETE".equals(response.getOrderStatus())) {
                orders.recordCompleted(sample.customerId(), response);
                for (String tn : response.completedTns()) {
                    billing.activated(Long.parseLong(tn), sample.customerId(), orderId);
                }
                polls.remove(orderId);
            } else if (polls.merge(orderId, 1, Integer::sum) > MAX_POLLS) {
                LOG.errorf("Order %s still %s after %d polls, see https://dashboard.bandwidth.com/portal/report/#orders:%s",
                        orderId, response.getOrderStatus(), MAX_POLLS, orderId);
            }
        });
    }
}
