package net.corvalink.numbering.workflows;

import io.temporal.activity.ActivityOptions;
import io.temporal.common.RetryOptions;
import io.temporal.workflow.Workflow;
import net.corvalink.numbering.activities.CustomerContactActivities;
import net.corvalink.numbering.activities.NumberSearchActivities;
import net.corvalink.numbering.activities.OrderActivities;
import org.slf4j.Logger;

import java.time.Duration;
import java.util.List;

public class OrderNumbersWorkflowImpl implements OrderNumbersWorkflow {

    private static final Logger log = Workflow.getLogger(OrderNumbersWorkflowImpl.class);

    private static final int MAX_POLLS = 40;

    private final ActivityOptions dashboardCalls = ActivityOptions.newBuilder()
            .setStartToCloseTimeout(Duration.ofSeconds(45))
            .setRetryOptions(RetryOptions.newBuilder()
                    .setInitialInterval(Duration.ofSeconds(5))
                    .setBackoffCoefficient(2.0)
                    .setMaximumAttempts(6)
                    .setDoNotRetry("java.lang.IllegalArgumentException")
                    .build())
            .build();

    private final NumberSearchActivities search = Workflow.newActivityStub(NumberSearchActivities.class, dashboardCalls);
    private final OrderActivities orders = Workflow.newActivityStub(OrderActivities.class, dashboardCalls);
    private final CustomerContactActivities contact = Workflow.newActivityStub(CustomerContactActivities.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(20)).build());

    private String step = "created";
    private String notifiedStatus;

    @Override
    public Result order(Request request) {
        List<String> wanted = request.specificNumbers();
        String orderId;
        if (wanted == null || wanted.isEmpty()) {
            step = "searching";
            List<String> available = search.searchAvailable(request.areaCode(), request.quantity());
            if (available.size() < request.quantity()) {
                available = search.searchAvailableWithSdk(request.areaCode(), request.quantity());
            }
            if (available.size() < request.quantity()) {
                step = "ordering-by-area-code";
                orderId = orders.placeAreaCodeOrder(customerOrderId(request), request.siteId(),
                        request.areaCode(), request.quantity());
            } else {
                step = "ordering";
                orderId = orders.placeOrder(customerOrderId(request), request.siteId(),
                        available.subList(0, request.quantity()));
            }
        } else {
            step = "ordering";
            orderId = orders.placeOrder(customerOrderId(request), request.siteId(), wanted);
        }

        step = "waiting";
        OrderActivities.OrderStatus status = orders.orderStatus(orderId);
        int polls = 0;
        while (!status.finished() && polls++ < MAX_POLLS) {
            Workflow.await(Duration.ofSeconds(30), () -> notifiedStatus != null);
            notifiedStatus = null;
            status = orders.orderStatus(orderId);
        }
        log.info("order {} finished as {}", orderId, status.status());

        if (!status.completedNumbers().isEmpty()) {
            step = "recording";
            orders.recordCompleted(request.customerId(), orderId, status.completedNumbers());
            contact.attachNumbersInPortal(request.customerId(), status.completedNumbers(), request.areaCode());
            contact.textCustomer(request.customerContactNumber(),
                    "Your new Corvalink numbers are ready: " + String.join(", ", status.completedNumbers()));
        }
        step = "done";
        return new Result(orderId, status.status(), status.completedNumbers());
    }

    @Override
    public void orderNotification(String orderId, String status) {
        notifiedStatus = status;
    }

    @Override
    public String currentStep() {
        return step;
    }

    private static String customerOrderId(Request request) {
        return request.customerId() + "-" + Workflow.getInfo().getWorkflowId();
    }
}
