package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.http.FluentDashboardClient;
import net.halyardcomm.backoffice.support.Fixtures;
import net.halyardcomm.backoffice.support.RecordingHttpServer;
import net.halyardcomm.backoffice.support.TestNumbers;

class FluentDashboardClientTest {

    private RecordingHttpServer server;
    private FluentDashboardClient client;

    @BeforeEach
    void setUp() throws Exception {
        server = RecordingHttpServer.start()
                .respond("GET", "/", 200, Fixtures.read("fixtures/tn-details.xml"))
                .respond("POST", "/", 201, "");
        client = new FluentDashboardClient(server.baseUrl(), TestNumbers.ACCOUNT, "t", "t");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void tnDetailsPath() throws Exception {
        assertTrue(client.tnDetails("9195550133").contains("RALEIGH"));
        assertEquals("/api/accounts/9900417/tns/9195550133/tndetails", server.last().path());
    }

    @Test
    void inServiceQuery() throws Exception {
        client.inserviceNumbers("919");
        assertEquals("areaCode=919&size=500", server.last().query());
    }

    @Test
    void npaNxxQueryAlreadyHasCountry() throws Exception {
        client.availableNpaNxx("919");
        assertEquals("/api/v2/accounts/9900417/availableNpaNxx", server.last().path());
        assertEquals("countryCodeA3=USA&areaCode=919", server.last().query());
    }

    @Test
    void e911AddressesPath() throws Exception {
        client.e911Addresses();
        assertEquals("/v1.0/accounts/9900417/addresses", server.last().path());
    }

    @Test
    void hostedMessagingImport() throws Exception {
        assertEquals(201, client.importForMessaging(Fixtures.read("fixtures/requests/expected-import-order.xml")));
        assertEquals("/api/v2/accounts/9900417/importTnOrders/messaging", server.last().path());
    }
}
