package com.harborline.numbering.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DashboardPathsTest {

    private static final String HOST = "https://dashboard.bandwidth.com";
    private static final String API_ROOT = "https://dashboard.bandwidth.com/api";
    private static final String ACCOUNT = "5004411";

    @Test
    void ordersPathCarriesTheVersion() {
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/5004411/orders",
                DashboardPaths.orders(HOST, ACCOUNT));
    }

    @Test
    void removeImportedTnOrders() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/5004411/removeImportedTnOrders",
                DashboardPaths.removeImportedTnOrders(API_ROOT, ACCOUNT));
    }

    @Test
    void sipPeerTn() {
        String url = DashboardPaths.sipPeerTn(API_ROOT, ACCOUNT, "29781", "556102", "9195550170");
        assertTrue(url.endsWith("/sites/29781/sippeers/556102/tns/9195550170"), url);
    }

    @Test
    void v2RootIsKeptAsIs() {
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/5004411",
                DashboardPaths.accountRoot("https://dashboard.bandwidth.com/api/v2", ACCOUNT));
    }

    @Test
    void e911AddressesUri() throws Exception {
        DashboardHttpClient client = new DashboardHttpClient(null, API_ROOT, "Basic dGVzdDp0ZXN0");
        URI uri = client.e911AddressesUri(ACCOUNT, 2);
        assertEquals("https://dashboard.bandwidth.com/api/accounts/5004411/addresses?page=2&size=500", uri.toString());
    }
}
