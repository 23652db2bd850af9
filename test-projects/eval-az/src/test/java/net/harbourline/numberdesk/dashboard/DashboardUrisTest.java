package net.harbourline.numberdesk.dashboard;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DashboardUrisTest {

    private static final String ACCOUNT = "9900112";
    private static final String BASE = "https://dashboard.bandwidth.com/api";

    @Test
    void e911AddressUsesProductionHost() {
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900112/addresses/77",
                DashboardUris.e911Address(ACCOUNT, "77"));
    }

    @Test
    void e911AddressesFromBase() {
        assertEquals(BASE + "/accounts/9900112/addresses", DashboardUris.e911Addresses(BASE, ACCOUNT));
    }

    @Test
    void importOrderHistory() {
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900112/importTnOrders/b05de7e6-0cab-4c83-81bb-9379cba8efd0/history",
                DashboardUris.importOrderHistory(ACCOUNT, "b05de7e6-0cab-4c83-81bb-9379cba8efd0"));
    }

    @Test
    void removeImportedOrder() {
        String uri = DashboardUris.removeImportedOrder(BASE, ACCOUNT, "r-1");
        assertEquals(BASE + "/accounts/9900112/removeImportedTnOrders/r-1", uri);
    }

    @Test
    void externalTns() {
        URI uri = DashboardUris.externalTns(BASE, ACCOUNT);
        assertEquals("/api/accounts/9900112/externalTns", uri.getPath());
    }

    @Test
    void sandboxInserviceCarriesAreaCode() {
        URI uri = DashboardUris.sandboxInservice(ACCOUNT, "919");
        assertEquals("https://test.dashboard.bandwidth.com/api/accounts/9900112/inserviceNumbers?areaCode=919", uri.toString());
    }

    @Test
    void tnDetailsPath() {
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900112/tns/9194600101/tndetails",
                DashboardUris.tnDetails(ACCOUNT, "9194600101"));
    }

    @Test
    void queryStringKeepsAllParameters() {
        String url = DashboardUris.inserviceByAreaCode(ACCOUNT, "984");
        assertTrue(url.contains("size=500"));
        assertEquals(2, url.substring(url.indexOf('?') + 1).split("&").length);
    }

    @Test
    void tollFreeSearchHasNoAreaCode() {
        String url = DashboardUris.tollFreeSearch(BASE, ACCOUNT, "8**");
        assertTrue(url.endsWith("tollFreeWildCardPattern=8**&quantity=25"));
    }
}
