package net.northvale.voice.provisioning.dashboard;

import net.northvale.voice.provisioning.dashboard.xml.OrderResponseXml;
import net.northvale.voice.provisioning.support.FakeDashboardServer;
import net.northvale.voice.provisioning.support.TestDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static net.northvale.voice.provisioning.support.TestDashboard.ACCOUNT_PATH;
import static net.northvale.voice.provisioning.support.TestDashboard.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderClientTest {

    private static final String ORDER_ID = "47955555-67aa-4adb-8c0f-b6894e60c0dc";
    private static final String CUSTOMER_ORDER_ID = "NV-5102004455-1";

    private FakeDashboardServer server;
    private OrderClient orders;

    @BeforeEach
    void start() throws Exception {
        server = new FakeDashboardServer();
        orders = new OrderClient(TestDashboard.client(server));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void ordersTheGivenNumbers() {
        server.created(ACCOUNT_PATH + "/orders", ACCOUNT_PATH + "/orders/" + ORDER_ID);

        String id = orders.orderNumbers(CUSTOMER_ORDER_ID, List.of("3035550142"));

        assertEquals(ORDER_ID, id);
        assertEquals("/api/accounts/9900123/orders", server.last().path());
        assertTrue(server.last().body().contains("<CustomerOrderId>" + CUSTOMER_ORDER_ID + "</CustomerOrderId>"));
        assertTrue(server.last().body().contains("<PartialAllowed>false</PartialAllowed>"));
    }

    @Test
    void readsACompletedOrder() {
        server.respond(ACCOUNT_PATH + "/orders/", 200, fixture("order-response-complete.xml"));

        OrderResponseXml response = orders.get(ORDER_ID);

        assertTrue(response.isComplete());
        assertEquals(List.of("6672286710", "5756186700"), response.getOrder().getTelephoneNumbers());
    }

    @Test
    void disconnectListsEveryNumber() {
        server.created(ACCOUNT_PATH + "/disconnects", ACCOUNT_PATH + "/disconnects/d-1");

        orders.disconnect("NV-DISC-2", List.of("7205550188", "7205550189"));

        String body = server.last().body();
        assertEquals(2, body.split("<TelephoneNumber>").length - 1);
        assertTrue(body.contains("<TelephoneNumber>7205550189</TelephoneNumber>"));
    }
}
