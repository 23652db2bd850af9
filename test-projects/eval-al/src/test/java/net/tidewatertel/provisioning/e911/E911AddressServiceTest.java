package net.tidewatertel.provisioning.e911;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.tidewatertel.provisioning.support.StubDashboardHttpClient;

class E911AddressServiceTest {

    private StubDashboardHttpClient http;
    private E911AddressService service;

    @BeforeEach
    void setUp() {
        http = new StubDashboardHttpClient();
        service = new E911AddressService(http, "9900417");
    }

    @Test
    void linkPointsAtTheDashboardAddress() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900417/addresses/ad-3301",
                service.addressUri("ad-3301").toString());
    }

    @Test
    void createPostsToTheConfiguredPath() throws IOException {
        http.respondCreated("https://dashboard.bandwidth.com/api/accounts/9900417/addresses/ad-3302");

        String id = service.createAddress(new E911AddressXml("900", "Granby St", "Norfolk", "VA", "23510"));

        assertEquals("ad-3302", id);
        assertTrue(http.last().url.endsWith("/accounts/9900417/addresses"));
        assertTrue(http.last().body.contains("<StreetName>Granby St</StreetName>"));
    }

    @Test
    void deleteUsesTheAddressId() throws IOException {
        service.deleteAddress("ad-3303");

        assertEquals("DELETE", http.last().method);
        assertTrue(http.last().url.endsWith("/addresses/ad-3303"));
    }
}
