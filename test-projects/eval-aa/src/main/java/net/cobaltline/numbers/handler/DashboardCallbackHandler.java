package net.cobaltline.numbers.handler;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.dashboard.OrdersApi;
import net.cobaltline.numbers.dashboard.XmlMappers;
import net.cobaltline.numbers.dashboard.xml.NotificationXml;
import net.cobaltline.numbers.dashboard.xml.OrderResponseXml;
import net.cobaltline.numbers.external.MessagingClient;
import net.cobaltline.numbers.store.NumberOrder;
import net.cobaltline.numbers.store.NumberRecord;
import net.cobaltline.numbers.store.NumberTable;
import net.cobaltline.numbers.store.OrderTable;

/**
 * Receives the Dashboard's order notifications (POST /callbacks/dashboard behind API Gateway).
 * The subscription is created by {@code SubscriptionApi}; credentials are the callback pair
 * from the Dashboard secret.
 */
public class DashboardCallbackHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger log = LoggerFactory.getLogger(DashboardCallbackHandler.class);

    private final OrdersApi ordersApi;
    private final OrderTable orders;
    private final NumberTable numbers;
    private final MessagingClient messaging;
    private final String expectedAuthorization;

    public DashboardCallbackHandler() {
        this(new OrdersApi(Services.dashboard()), Services.orders(), Services.numbers(),
                new MessagingClient(java.net.http.HttpClient.newHttpClient(), Services.settings().accountId(),
                        System.getenv("MESSAGING_APPLICATION_ID"), System.getenv("MESSAGING_TOKEN"),
                        System.getenv("MESSAGING_SECRET")),
                Services.secrets().dashboard().callbackUser(),
                Services.secrets().dashboard().callbackPassword());
    }

    DashboardCallbackHandler(OrdersApi ordersApi, OrderTable orders, NumberTable numbers, MessagingClient messaging,
                             String callbackUser, String callbackPassword) {
        this.ordersApi = ordersApi;
        this.orders = orders;
        this.numbers = numbers;
        this.messaging = messaging;
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((callbackUser + ":" + callbackPassword).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        Map<String, String> headers = Optional.ofNullable(event.getHeaders()).orElse(Map.of());
        if (!expectedAuthorization.equals(headers.getOrDefault("Authorization", headers.get("authorization")))) {
            return Responses.text(401, "");
        }
        NotificationXml n = XmlMappers.read(event.getBody(), NotificationXml.class);
        log.info("Dashboard callback: {} {} {} ({} numbers)", n.orderType, n.orderId, n.status,
                n.completedTelephoneNumbers.size());
        switch (n.orderType.toLowerCase(Locale.ROOT)) {
            case "orders" -> onOrder(n);
            case "importtnorders" -> onImport(n);
            case "removeimportedtnorders" -> onRemoval(n);
            default -> log.debug("Ignoring {} notification", n.orderType);
        }
        return Responses.text(200, "");
    }

    void onOrder(NotificationXml n) {
        Optional<NumberOrder> found = orders.byDashboardOrder(n.orderId);
        if (found.isEmpty()) {
            log.warn("Callback for unknown Dashboard order {}", n.orderId);
            return;
        }
        NumberOrder order = found.get();
        if (!n.isComplete()) {
            order.setStatus("FAILED".equalsIgnoreCase(n.status) ? NumberOrder.Status.FAILED : order.getStatus());
            orders.save(order);
            return;
        }
        OrderResponseXml details = ordersApi.get(n.orderId);
        long now = Instant.now().toEpochMilli();
        List<String> completed = new ArrayList<>();
        for (String tn : details.completedFullNumbers()) {
            if (tn.length() != 10) {
                log.warn("Unexpected number {} on order {}", tn, n.orderId);
                continue;
            }
            numbers.save(NumberRecord.fromCompletedOrder(tn, order.getCustomerId(), order.getOrderId(), now));
            completed.add(tn);
        }
        order.setCompletedNumbers(completed);
        order.setStatus(details.failedQuantity > 0 ? NumberOrder.Status.PARTIAL : NumberOrder.Status.COMPLETE);
        orders.save(order);
        for (String tn : n.completedTelephoneNumbers) {
            notifyCustomer(order.getCustomerId(), "+1" + tn);
        }
    }

    void onImport(NotificationXml n) {
        for (String tn : n.completedTelephoneNumbers) {
            Optional<NumberRecord> record = numbers.find(tn);
            if (record.isEmpty()) {
                log.warn("Imported number {} is not in our inventory", tn);
                continue;
            }
            NumberRecord r = record.get();
            r.setSmsEnabled(true);
            numbers.save(r);
        }
    }

    void onRemoval(NotificationXml n) {
        List<String> removed = n.completedTelephoneNumbers.stream()
                .filter(tn -> tn.matches("\\d{10}"))
                .toList();
        for (String tn : removed) {
            numbers.find(tn).ifPresent(r -> {
                r.setSmsEnabled(false);
                numbers.save(r);
            });
        }
    }

    private void notifyCustomer(String customerId, String number) {
        try {
            String contact = System.getenv("NOTIFY_OVERRIDE");
            if (contact != null) {
                messaging.numberActive(contact, number);
            } else {
                log.info("Number {} active for customer {}", number, customerId);
            }
        } catch (Exception e) {
            log.warn("Could not notify {} about {}", customerId, number, e);
        }
    }
}
