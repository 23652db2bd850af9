package net.kestreltel.portdesk.dashboard;

import net.kestreltel.portdesk.dashboard.model.InventoryXml;
import net.kestreltel.portdesk.testing.TestFixtures;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static net.kestreltel.portdesk.testing.TestFixtures.ACCOUNT_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryApiTest {

    private MockWebServer server;
    private InventoryApi api;

    @BeforeEach
    void setUp() throws Exception {
        server = new MockWebServer();
        server.start();
        api = FeignTestClients.xmlClient(InventoryApi.class, server.url("").toString(), "/api");
    }

    @AfterEach
    void tearDown() throws Exception {
        server.shutdown();
    }

    @Test
    void inserviceNumbersByAreaCode() throws Exception {
        server.enqueue(TestFixtures.xmlFixture("fixtures/inservice-numbers-704.xml"));

        InventoryXml.InserviceNumbers result = api.inserviceByAreaCode(ACCOUNT_ID, "704", 1);

        RecordedRequest request = server.takeRequest();
        assertEquals("/api/accounts/9900123/inserviceNumbers?areaCode=704&page=1&size=500", request.getPath());
        assertEquals(3, result.totalCount);
        assertEquals("7045550147", result.telephoneNumbers.get(0));
    }

    @Test
    void npaNxxSearchAlreadySendsCountry() throws Exception {
        server.enqueue(TestFixtures.xml("<SearchResultForAvailableNpaNxx><AvailableNpaNxxList/></SearchResultForAvailableNpaNxx>"));

        api.npaNxx(ACCOUNT_ID, "USA", "919");

        assertTrue(server.takeRequest().getPath().endsWith("/availableNpaNxx?countryCodeA3=USA&areaCode=919"));
    }

    @Test
    void freeFormSearchPassesFilters() throws Exception {
        server.enqueue(TestFixtures.xml("<SearchResult><ResultCount>0</ResultCount></SearchResult>"));

        api.search(ACCOUNT_ID, Map.of("areaCode", "336"));

        RecordedRequest request = server.takeRequest();
        assertEquals("336", request.getRequestUrl().queryParameter("areaCode"));
    }

    @Test
    void tnDetailsPath() throws Exception {
        server.enqueue(TestFixtures.xml("<TelephoneNumberDetails><City>RALEIGH</City></TelephoneNumberDetails>"));

        api.details(TestFixtures.LAB_TN);

        assertEquals("/api/tns/9195551234/tndetails", server.takeRequest().getPath());
    }
}
