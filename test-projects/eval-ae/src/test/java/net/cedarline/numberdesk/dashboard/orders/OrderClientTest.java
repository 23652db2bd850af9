package net.cedarline.numberdesk.dashboard.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.testutil.Fixtures;
import net.cedarline.numberdesk.testutil.RecordingTransport;
import net.cedarline.numberdesk.testutil.TestSettings;

class OrderClientTest {

    private RecordingTransport transport;
    private OrderClient client;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        client = new OrderClient(transport, TestSettings.urls(), new RequestTemplates(), TestSettings.dashboard());
    }

    @Test
    void createOrderPostsExistingNumbers() {
        transport.respond(200, Fixtures.read("order-response.xml"));

        String id = client.createOrder("c-9", List.of("9195550170"));

        assertEquals("6a41c2f0-7f39-4d7e-9b0c-51e1e5a0d3aa", id);
        assertTrue(transport.last().url().endsWith("/accounts/9900412/orders"));
        assertTrue(transport.last().body().contains("<TelephoneNumber>9195550170</TelephoneNumber>"));
    }

    @Test
    void completedNumbersAreReadFromTheOrder() {
        transport.respond(200, Fixtures.read("order-response.xml"));

        assertEquals(List.of("9195550142", "9195550143"), client.completedNumbers("6a41c2f0"));
    }

    @Test
    void portInUsesTheLegacyBaseUrl() {
        PortInClient portIns = new PortInClient(transport, "9900412", "3147", "508812");
        transport.respond(201, "<LnpOrderResponse><OrderId>pi-1</OrderId></LnpOrderResponse>");

        portIns.submit(new PortInClient.PortRequest("port-7", "9195550190", "Oakridge Dental", "Priya Raman",
                List.of("9195550190", "9195550191")));

        assertEquals("https://dashboard.bandwidth.com/api/v1/accounts/9900412/portins", transport.last().url());
        assertTrue(transport.last().body().contains("<BillingTelephoneNumber>9195550190</BillingTelephoneNumber>"));
    }
}
