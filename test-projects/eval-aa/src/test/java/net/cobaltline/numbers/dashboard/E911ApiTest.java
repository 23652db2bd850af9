package net.cobaltline.numbers.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import net.cobaltline.numbers.dashboard.xml.E911AddressXml;
import net.cobaltline.numbers.support.LocalDashboardServer;
import net.cobaltline.numbers.support.RecordingHttpClient;
import net.cobaltline.numbers.support.TestSettings;

class E911ApiTest {

    private final RecordingHttpClient http = new RecordingHttpClient();
    private final E911Api api = new E911Api(new DashboardClient(http, TestSettings.settings()));
    private LocalDashboardServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void listsAddressesPageByPage() throws Exception {
        server = new LocalDashboardServer()
                .respond("GET", "/api/accounts/9900123/addresses", 200, TestSettings.fixture("e911-addresses.xml"));
        E911Api local = new E911Api(DashboardClient.create(TestSettings.settings(server.baseUrl())));

        E911Api.AddressList page = local.list(1, 500);

        assertEquals(2, page.addresses.size());
        assertEquals("page=1&size=500", server.hits().get(0).query());
    }

    @Test
    void createsAddressWithPost() {
        http.enqueueCreated("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/ADDR-77");
        E911AddressXml a = new E911AddressXml();
        a.houseNumber = "900";
        a.streetName = "Main Campus Dr";
        a.city = "Raleigh";
        a.stateCode = "NC";
        a.zip = "27606";

        assertEquals("ADDR-77", api.create(a));
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses", http.only().uri().toString());
        assertTrue(http.only().body().contains("<StreetName>Main Campus Dr</StreetName>"));
    }

    @Test
    void validationUsesTheNewEndpoint() {
        api.validate(new E911AddressXml());

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/e911Addresses/validate",
                http.only().uri().toString());
    }
}
