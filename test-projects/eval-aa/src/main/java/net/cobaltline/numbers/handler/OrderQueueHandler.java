package net.cobaltline.numbers.handler;

import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.config.DashboardSettings;
import net.cobaltline.numbers.dashboard.DashboardException;
import net.cobaltline.numbers.dashboard.OrdersApi;
import net.cobaltline.numbers.domain.OrderMessage;
import net.cobaltline.numbers.store.NumberOrder;
import net.cobaltline.numbers.store.OrderTable;

/**
 * Consumes the order queue and places the Dashboard order. Completion arrives later through
 * {@link DashboardCallbackHandler}. Failed messages are reported back individually so that
 * one bad order does not block the batch.
 */
public class OrderQueueHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger log = LoggerFactory.getLogger(OrderQueueHandler.class);

    private final OrdersApi ordersApi;
    private final OrderTable orders;
    private final DashboardSettings settings;

    public OrderQueueHandler() {
        this(new OrdersApi(Services.dashboard()), Services.orders(), Services.settings());
    }

    OrderQueueHandler(OrdersApi ordersApi, OrderTable orders, DashboardSettings settings) {
        this.ordersApi = ordersApi;
        this.orders = orders;
        this.settings = settings;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                process(Responses.JSON.readValue(message.getBody(), OrderMessage.class));
            } catch (DashboardException e) {
                if (e.isRetryable()) {
                    failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
                } else {
                    log.error("Dashboard rejected message {}: {}", message.getMessageId(), e.getMessage());
                }
            } catch (Exception e) {
                log.error("Cannot process message {}", message.getMessageId(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        return new SQSBatchResponse(failures);
    }

    void process(OrderMessage msg) {
        NumberOrder order = orders.find(msg.orderId())
                .orElseThrow(() -> new IllegalStateException("order " + msg.orderId() + " not in table"));
        if (order.getDashboardOrderId() != null) {
            log.info("Order {} already submitted as {}", order.getOrderId(), order.getDashboardOrderId());
            return;
        }
        String dashboardOrderId = msg.byAreaCode()
                ? ordersApi.orderByAreaCode(msg.orderId(), settings.siteId(), settings.sipPeerId(), msg.areaCode(), msg.quantity())
                : ordersApi.orderExisting(msg.orderId(), settings.siteId(), settings.sipPeerId(), msg.telephoneNumbers());
        order.setDashboardOrderId(dashboardOrderId);
        order.setStatus(NumberOrder.Status.SUBMITTED);
        orders.save(order);
    }
}
