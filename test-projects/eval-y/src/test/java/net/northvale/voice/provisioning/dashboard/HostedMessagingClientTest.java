package net.northvale.voice.provisioning.dashboard;

import net.northvale.voice.provisioning.dashboard.xml.ExternalTnsOrderXml;
import net.northvale.voice.provisioning.dashboard.xml.ImportTnOrderXml;
import net.northvale.voice.provisioning.support.FakeDashboardServer;
import net.northvale.voice.provisioning.support.FakeDashboardServer.RecordedRequest;
import net.northvale.voice.provisioning.support.TestDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static net.northvale.voice.provisioning.support.TestDashboard.ACCOUNT_PATH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HostedMessagingClientTest {

    private FakeDashboardServer server;
    private HostedMessagingClient hosted;
    private ExternalTnsClient external;

    @BeforeEach
    void start() throws Exception {
        server = new FakeDashboardServer();
        DashboardClient dashboard = TestDashboard.client(server);
        hosted = new HostedMessagingClient(dashboard);
        external = new ExternalTnsClient(dashboard);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void importIsPostedToTheAccount() {
        server.created(ACCOUNT_PATH, ACCOUNT_PATH + "/importTnOrders/b5d1c3a0");
        ImportTnOrderXml order = new ImportTnOrderXml();
        order.setCustomerOrderId("NV-BIZ-4410");
        order.setSiteId("4711");
        order.setSipPeerId("552301");
        order.setTelephoneNumbers(List.of("3035550142", "3035550143"));

        String orderId = hosted.submitImport(order);

        RecordedRequest request = server.last();
        assertEquals("b5d1c3a0", orderId);
        assertEquals("/api/accounts/9900123/importTnOrders", request.path());
        assertTrue(request.body().contains("<TelephoneNumber>3035550142</TelephoneNumber>"));
    }

    @Test
    void removalUsesTheRemoveImportedCollection() {
        server.created(ACCOUNT_PATH, ACCOUNT_PATH + "/removeImportedTnOrders/77e0");

        hosted.removeImported("NV-BIZ-4410", List.of("3035550143"));

        assertEquals(ACCOUNT_PATH + "/removeImportedTnOrders", server.last().path());
        assertTrue(server.last().body().contains("<RemoveImportedTnOrder>"));
    }

    @Test
    void historyIsReadBelowTheOrder() {
        server.respond(ACCOUNT_PATH, 200, "<OrderHistoryWrapper/>");

        hosted.importHistory("b5d1c3a0");

        assertEquals("/api/accounts/9900123/importTnOrders/b5d1c3a0/history", server.last().path());
    }

    @Test
    void externalNumbersAreImportedWithTheirOwnOrderType() {
        server.created(ACCOUNT_PATH, ACCOUNT_PATH + "/externalTns/e-31");
        ExternalTnsOrderXml order = new ExternalTnsOrderXml("NV-EXT-17", "4711", "552301", List.of("7205550140"));

        external.add(order);

        assertEquals("/api/accounts/9900123/externalTns", server.last().path());
        assertTrue(server.last().body().contains("<Action>IMPORT</Action>"));
    }
}
