package net.prairiewave.numbering.messaging;

import net.prairiewave.numbering.testing.Fixtures;
import net.prairiewave.numbering.testing.RecordedRequest;
import net.prairiewave.numbering.testing.RecordingDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HostedMessagingServiceTest {

    private static final String IMPORT_PATH = "/accounts/" + Fixtures.ACCOUNT + "/importTnOrders";

    private RecordingDashboard fake;
    private HostedMessagingService service;

    @BeforeEach
    void setUp() throws Exception {
        fake = RecordingDashboard.start()
                .respond(IMPORT_PATH, 201, "<ImportTnOrderResponse><ImportTnOrder>"
                        + "<OrderId>b05de7e6-0cab-4c83-81bb-9379cba8efd0</OrderId></ImportTnOrder></ImportTnOrderResponse>")
                .respond("/accounts/9900417/removeImportedTnOrders", 201,
                        "<RemoveImportedTnOrderResponse><OrderId>r-1</OrderId></RemoveImportedTnOrderResponse>");
        service = new HostedMessagingService(Fixtures.http(fake), "2291", "604117");
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    @Test
    void importPostsOrderForMessaging() {
        String orderId = service.importForMessaging("PW-HM-1", "Dale Anders",
                List.of("6053357710", "6053357711"));

        RecordedRequest request = fake.only();
        assertEquals("b05de7e6-0cab-4c83-81bb-9379cba8efd0", orderId);
        assertEquals("POST", request.method());
        assertEquals(IMPORT_PATH, request.path());
        assertEquals(Fixtures.normalizeXml(Fixtures.load("import-tn-order-request.xml")),
                Fixtures.normalizeXml(request.body()));
    }

    @Test
    void removalGoesToRemoveCollection() {
        service.removeFromMessaging("PW-HM-1-R", List.of("+16053357710"));

        assertEquals("/accounts/9900417/removeImportedTnOrders", fake.only().path());
    }

    @Test
    void historyUsesOrderSubresource() {
        fake.respond("/accounts/9900417/importTnOrders/abc/history", "<OrderHistoryWrapper/>");

        service.importHistory("abc");

        assertEquals("/accounts/9900417/importTnOrders/abc/history", fake.only().path());
    }
}
