package net.cobaltline.numbers.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.cobaltline.numbers.dashboard.xml.OrderResponseXml;
import net.cobaltline.numbers.support.RecordingHttpClient;
import net.cobaltline.numbers.support.TestSettings;

class OrdersApiTest {

    private static final String ORDER_URL = "https://dashboard.bandwidth.com/api/accounts/9900123/orders";

    private final RecordingHttpClient http = new RecordingHttpClient();
    private final OrdersApi api = new OrdersApi(new DashboardClient(http, TestSettings.settings()));

    @Test
    void ordersExistingNumbersInOnePost() {
        http.enqueueCreated(ORDER_URL + "/47955555-67aa-4adb-8c0f-b6894e60c0dc");

        List<String> picked = List.of(
                "9195551234",
                "9195551235");
        String id = api.orderExisting("2024061501", "4512", "882310", picked);

        assertEquals("47955555-67aa-4adb-8c0f-b6894e60c0dc", id);
        RecordingHttpClient.Recorded req = http.only();
        assertEquals("POST", req.method());
        assertEquals(ORDER_URL, req.uri().toString());
        assertTrue(req.body().contains("<CustomerOrderId>2024061501</CustomerOrderId>"));
        assertTrue(req.body().contains("<TelephoneNumber>9195551234</TelephoneNumber>"), req.body());
        assertTrue(req.header("Authorization").startsWith("Basic "));
    }

    @Test
    void areaCodeOrderCarriesTheAreaCodeInThePayload() {
        http.enqueueCreated(ORDER_URL + "/0c2f6e1b-1111-4b5c-9d0e-2a3b4c5d6e7f");

        api.orderByAreaCode("2024061502", "4512", "882310", "919", 5);

        String body = http.only().body();
        assertTrue(body.contains("<AreaCodeSearchAndOrderType><AreaCode>919</AreaCode><Quantity>5</Quantity>"), body);
        assertTrue(body.contains("<PartialAllowed>true</PartialAllowed>"));
    }

    @Test
    void readsCompletedNumbersFromTheOrderResponse() {
        http.enqueue(200, net.cobaltline.numbers.support.TestSettings.fixture("order-response.xml"));

        OrderResponseXml r = api.get("47955555-67aa-4adb-8c0f-b6894e60c0dc");

        assertEquals("COMPLETE", r.orderStatus);
        assertEquals(List.of("6672286710", "5756186700"), r.completedFullNumbers());
        assertTrue(http.only().uri().getPath().endsWith("/orders/47955555-67aa-4adb-8c0f-b6894e60c0dc"));
    }

    @Test
    void searchesOrdersByNumber() {
        api.ordersForNumber("9195551236");

        assertEquals(ORDER_URL + "?tn=9195551236", http.only().uri().toString());
    }
}
