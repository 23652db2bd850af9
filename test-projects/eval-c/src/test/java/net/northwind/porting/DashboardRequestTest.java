package net.northwind.porting;

import net.northwind.porting.http.DashboardHttp;
import net.northwind.porting.http.OkInventoryClient;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Request-building tests: no network, we only look at the URLs the clients would call. */
class DashboardRequestTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    @Test
    void inserviceNumbersUri() throws Exception {
        try (DashboardHttp http = new DashboardHttp(BASE, "u", "p")) {
            URI uri = http.inserviceNumbersUri("9900123", "919", 1);
            assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/inserviceNumbers?areaCode=919&page=1&size=500",
                    uri.toString());
        }
    }

    @Test
    void availableNpaNxxUri() throws Exception {
        try (DashboardHttp http = new DashboardHttp(BASE, "u", "p")) {
            URI uri = http.availableNpaNxxUri("9900123", "919");
            assertEquals("/api/accounts/9900123/availableNpaNxx", uri.getPath());
            assertEquals("countryCodeA3=USA&areacode=919", uri.getQuery());
        }
    }

    @Test
    void legacyOrdersUri() throws Exception {
        try (DashboardHttp http = new DashboardHttp(BASE, "u", "p")) {
            URI uri = http.legacyOrdersUri("https://api.test.inetwork.com", "9900123");
            assertEquals("https://api.test.inetwork.com/v1.0/accounts/9900123/orders", uri.toString());
        }
    }

    @Test
    void okHttpAvailableNumbers() {
        OkInventoryClient ok = new OkInventoryClient("https://dashboard.bandwidth.com/api/", "u", "p");
        HttpUrl url = ok.availableNumbersUrl("9900123", "984", 25);
        assertEquals("/api/accounts/9900123/availableNumbers", url.encodedPath());
        assertEquals("984", url.queryParameter("areaCode"));
    }

    @Test
    void okHttpE911() {
        OkInventoryClient ok = new OkInventoryClient("https://test.dashboard.bandwidth.com/api/v1/", "u", "p");
        assertEquals("/api/v1/accounts/9900123/addresses", ok.e911AddressesUrl("9900123").encodedPath());
    }

    @Test
    void okHttpTnDetails() {
        OkInventoryClient ok = new OkInventoryClient("https://dashboard.bandwidth.com/api/v2/", "u", "p");
        HttpUrl url = ok.tnDetailsUrl("9843554410");
        assertEquals("/api/v2/tns/9843554410/tndetails", url.encodedPath());
    }
}
