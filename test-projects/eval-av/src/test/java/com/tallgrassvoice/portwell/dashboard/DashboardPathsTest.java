package com.tallgrassvoice.portwell.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DashboardPathsTest {

    private final DashboardHttp http = new DashboardHttp("https://dashboard.bandwidth.com/api", "9900123", "u", "p");

    @Test
    void npaNxxUriCarriesTheAreaCode() {
        URI uri = new NumberSearchHttp(http).availableNpaNxxUri("919");
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/availableNpaNxx?areaCode=919",
                uri.toString());
    }

    @Test
    void accountPathJoinsSegments() {
        assertEquals("/accounts/9900123/orders/abc", http.accountPath("orders", "abc"));
    }

    @Test
    void addressPath() {
        String path = http.accountPath("addresses", "88");
        assertEquals("/accounts/9900123/addresses/88", path);
    }

    @Test
    void wholesaleE911Uri() throws Exception {
        URI uri = WholesaleUris.e911("5012");
        assertEquals("https://api.inetwork.com/v1.0/accounts/5012/addresses", uri.toString());
    }

    @Test
    void externalTnsStatusUri() {
        DashboardHttp v1 = new DashboardHttp("https://dashboard.bandwidth.com/api/v1", "9900123", "u", "p");
        URI uri = new ExternalTnsClient(v1, "4471", "583221").orderStatusUri("o-1");
        assertEquals("https://dashboard.bandwidth.com/api/v1/accounts/9900123/externalTns/o-1", uri.toString());
    }

    @Test
    void catapultSearchIsNotTheDashboard() {
        assertEquals("https://api.catapult.inetwork.com/v1/users/u-1/availableNumbers/local?areaCode=336&quantity=5",
                WholesaleUris.catapultLocal("u-1", "336", 5).toString());
    }
}
