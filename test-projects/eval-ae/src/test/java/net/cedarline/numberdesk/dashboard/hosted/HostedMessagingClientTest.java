package net.cedarline.numberdesk.dashboard.hosted;

import static net.cedarline.numberdesk.testutil.TestSettings.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.templates.RequestTemplates;
import net.cedarline.numberdesk.testutil.Fixtures;
import net.cedarline.numberdesk.testutil.RecordingTransport;
import net.cedarline.numberdesk.testutil.TestSettings;

class HostedMessagingClientTest {

    private static final HostedMessagingClient.Subscriber OAKRIDGE =
            new HostedMessagingClient.Subscriber("Oakridge Dental", "1200", "Oberlin Rd", "Raleigh", "NC", "27605");

    private RecordingTransport transport;
    private HostedMessagingClient client;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        client = new HostedMessagingClient(transport, TestSettings.urls(), TestSettings.dashboard(), new RequestTemplates());
    }

    @Test
    void importPostsTheRenderedTemplate() {
        transport.respond(201, "<ImportTnOrderResponse><ImportTnOrder><OrderId>io-1</OrderId></ImportTnOrder></ImportTnOrderResponse>");

        String orderId = client.importNumbers("reseller-42", OAKRIDGE, "Priya Raman", List.of("9842550101", "9842550102"));

        assertEquals("io-1", orderId);
        RecordingTransport.Request request = transport.last();
        assertEquals("POST", request.method());
        assertEquals(BASE + "/accounts/9900412/importTnOrders", request.url());
        assertEquals(Fixtures.compactXml(Fixtures.read("expected-import-request.xml")), Fixtures.compactXml(request.body()));
    }

    @Test
    void removalUsesRemoveImportedTnOrders() {
        client.removeNumbers("reseller-42-off", List.of("9842550101"));

        assertTrue(transport.last().url().endsWith("/accounts/9900412/removeImportedTnOrders"));
        assertTrue(transport.last().body().contains("<TelephoneNumber>9842550101</TelephoneNumber>"));
    }

    @Test
    void historyUrl() {
        client.history("io-1");

        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900412/importTnOrders/io-1/history", transport.last().url());
    }

    @Test
    void checkerIsNotAnImportOrder() {
        transport.respond(200, "<ImportTnCheckerResponse><ImportTnCheckerPayload/></ImportTnCheckerResponse>");

        client.notImportable(List.of("+19842550101"));

        assertTrue(transport.last().url().endsWith("/importTnChecker"));
    }
}
