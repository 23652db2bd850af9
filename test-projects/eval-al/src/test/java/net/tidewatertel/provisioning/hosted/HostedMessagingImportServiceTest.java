package net.tidewatertel.provisioning.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.http.XmlSupport;
import net.tidewatertel.provisioning.support.StubDashboardHttpClient;

class HostedMessagingImportServiceTest {

    private StubDashboardHttpClient http;
    private HostedMessagingImportService service;

    @BeforeEach
    void setUp() {
        http = new StubDashboardHttpClient();
        service = new HostedMessagingImportService(http, new DashboardPaths("9900417"), "9900417");
    }

    @Test
    void importPostsTheNumbersOfTheWholesaleCustomer() throws IOException {
        http.respondCreated("https://dashboard.bandwidth.com/api/accounts/9900417/importTnOrders/b5f1c7a2");

        String orderId = service.submitImport("4412", "551870", "Chesapeake Marine Supply", Arrays.asList(
                "7575550142",
                "7575550143"));

        assertEquals("b5f1c7a2", orderId);
        assertEquals("POST", http.last().method);
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900417/importTnOrders", http.last().url);
        List<String> sent = XmlSupport.texts(http.last().body, "TelephoneNumber");
        assertEquals(XmlSupport.texts(fixture("/fixtures/import-order-request.xml"), "TelephoneNumber"), sent);
    }

    @Test
    void statusIsReadFromTheOrder() throws IOException {
        http.respond(200, "<ImportTnOrder><ProcessingStatus>PROCESSING</ProcessingStatus></ImportTnOrder>");

        assertEquals("PROCESSING", service.orderStatus("b5f1c7a2"));
        assertTrue(http.last().url.endsWith("/accounts/9900417/importTnOrders/b5f1c7a2"));
    }

    @Test
    void removalUsesTheRemoveImportedTnOrdersResource() throws IOException {
        service.removeNumbers("WS-1001", List.of("2525550177"));

        assertTrue(http.last().url.endsWith("/removeImportedTnOrders"));
        assertTrue(http.last().body.contains("<CustomerOrderId>WS-1001</CustomerOrderId>"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = HostedMessagingImportServiceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
