package net.cobaltline.numbers.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import net.cobaltline.numbers.dashboard.DashboardClient;
import net.cobaltline.numbers.dashboard.OrdersApi;
import net.cobaltline.numbers.external.MessagingClient;
import net.cobaltline.numbers.store.NumberOrder;
import net.cobaltline.numbers.store.NumberRecord;
import net.cobaltline.numbers.store.NumberTable;
import net.cobaltline.numbers.store.OrderTable;
import net.cobaltline.numbers.support.FakeContext;
import net.cobaltline.numbers.support.RecordingHttpClient;
import net.cobaltline.numbers.support.TestSettings;

class DashboardCallbackHandlerTest {

    static final DynamoDbEnhancedClient NO_DYNAMO = DynamoDbEnhancedClient.builder()
            .dynamoDbClient(DynamoDbClient.builder()
                    .region(Region.US_EAST_1)
                    .endpointOverride(URI.create("http://127.0.0.1:8000"))
                    .credentialsProvider(AnonymousCredentialsProvider.create())
                    .build())
            .build();

    static class MemoryNumbers extends NumberTable {
        final Map<String, NumberRecord> rows = new HashMap<>();

        MemoryNumbers() {
            super(NO_DYNAMO, "numbers");
        }

        @Override
        public Optional<NumberRecord> find(String tn) {
            return Optional.ofNullable(rows.get(tn));
        }

        @Override
        public void save(NumberRecord record) {
            rows.put(record.getTn(), record);
        }
    }

    static class MemoryOrders extends OrderTable {
        final Map<String, NumberOrder> rows = new HashMap<>();

        MemoryOrders() {
            super(NO_DYNAMO, "orders");
        }

        @Override
        public Optional<NumberOrder> byDashboardOrder(String id) {
            return rows.values().stream().filter(o -> id.equals(o.getDashboardOrderId())).findFirst();
        }

        @Override
        public void save(NumberOrder order) {
            rows.put(order.getOrderId(), order);
        }
    }

    private final RecordingHttpClient dashboardHttp = new RecordingHttpClient();
    private final RecordingHttpClient messagingHttp = new RecordingHttpClient();
    private final MemoryNumbers numbers = new MemoryNumbers();
    private final MemoryOrders orders = new MemoryOrders();
    private final DashboardCallbackHandler handler = new DashboardCallbackHandler(
            new OrdersApi(new DashboardClient(dashboardHttp, TestSettings.settings())),
            orders, numbers,
            new MessagingClient(messagingHttp, "9900123", "app", "token", "secret"),
            "dash-cb", "cb-pass");

    private static APIGatewayProxyRequestEvent callback(String body) {
        String auth = "Basic " + Base64.getEncoder().encodeToString("dash-cb:cb-pass".getBytes(StandardCharsets.UTF_8));
        return new APIGatewayProxyRequestEvent()
                .withHttpMethod("POST")
                .withResource("/callbacks/dashboard")
                .withHeaders(Map.of("Authorization", auth))
                .withBody(body);
    }

    @Test
    void completedOrderStoresTheNumbers() {
        NumberOrder order = new NumberOrder();
        order.setOrderId("ord_1");
        order.setCustomerId("cust-42");
        order.setDashboardOrderId("47955555-67aa-4adb-8c0f-b6894e60c0dc");
        orders.save(order);
        dashboardHttp.enqueue(200, TestSettings.fixture("order-response.xml"));

        APIGatewayProxyResponseEvent response = handler.handleRequest(
                callback(TestSettings.fixture("callback-order-complete.xml")), new FakeContext());

        assertEquals(200, response.getStatusCode());
        assertEquals("GET", dashboardHttp.only().method());
        assertTrue(dashboardHttp.only().uri().getPath().endsWith("/orders/47955555-67aa-4adb-8c0f-b6894e60c0dc"));
        assertTrue(numbers.rows.containsKey("6672286710"));
        assertEquals(667, numbers.rows.get("6672286710").getAreaCode());
        assertEquals(NumberOrder.Status.COMPLETE, orders.rows.get("ord_1").getStatus());
    }

    @Test
    void importCallbackEnablesSmsOnKnownNumbers() {
        NumberRecord known = new NumberRecord();
        known.setTn("9199918388");
        numbers.save(known);

        handler.handleRequest(callback("""
                <?xml version="1.0"?>
                <Notification>
                  <SubscriptionId>2b1f3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d</SubscriptionId>
                  <OrderType>importtnorders</OrderType>
                  <OrderId>b7c0e0a4-9f0e-4c69-8a51-3d2f0a6f1e11</OrderId>
                  <CustomerOrderId>ICPA123ABC</CustomerOrderId>
                  <Status>COMPLETE</Status>
                  <CompletedTelephoneNumbers>
                    <TelephoneNumber>9199918388</TelephoneNumber>
                  </CompletedTelephoneNumbers>
                  <LastModifiedDate>2023-09-12T15:11:31.705Z</LastModifiedDate>
                </Notification>
                """), new FakeContext());

        assertTrue(numbers.rows.get("9199918388").isSmsEnabled());
    }

    @Test
    void rejectsWrongCredentials() {
        APIGatewayProxyRequestEvent event = callback("<Notification/>").withHeaders(Map.of("Authorization", "Basic eDp5"));

        assertEquals(401, handler.handleRequest(event, new FakeContext()).getStatusCode());
    }
}
