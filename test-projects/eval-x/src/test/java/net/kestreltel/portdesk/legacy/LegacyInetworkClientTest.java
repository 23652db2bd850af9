package net.kestreltel.portdesk.legacy;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LegacyInetworkClientTest {

    private final LegacyInetworkClient client = new LegacyInetworkClient("9900123", "user", "password");

    @Test
    void ordersUri() throws Exception {
        URI uri = client.ordersUri("2024-01-01");

        assertEquals("https://api.inetwork.com/v1.0/accounts/9900123/orders?modifiedDateFrom=2024-01-01", uri.toString());
    }

    @Test
    void inserviceUriCarriesAreaCode() throws Exception {
        URI uri = client.inserviceUri("704");

        assertEquals("https://api.test.inetwork.com/v1.0/accounts/9900123/inserviceNumbers?areaCode=704", uri.toString());
    }

    @Test
    void catapultSearchIsAnotherApi() {
        String url = "https://api.catapult.inetwork.com/v1/users/u-123/availableNumbers/local?areaCode=704&quantity=1";
        assertEquals(-1, url.indexOf("countryCodeA3"));
    }
}
