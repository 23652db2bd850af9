package net.lakeshoretel.numbering.dashboard;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashboardUrlsTest {

    private final DashboardUrls urls = new DashboardUrls("https://dashboard.bandwidth.com/api", "9900123");

    @Test
    void e911Address() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/55",
                urls.e911Address("55").toString());
    }

    @Test
    void importOrderHistory() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders/ord-1/history",
                urls.importTnOrderHistory("ord-1").toString());
    }

    @Test
    void inserviceNumbersByAreaCode() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/inserviceNumbers?areaCode=616&page=2&size=500",
                urls.inserviceNumbers("616", 2).toString());
    }

    @Test
    void availableNumbersInCanada() {
        assertEquals(
                "https://dashboard.bandwidth.com/api/accounts/9900123/availableNumbers?countryCodeA3=CAN&areaCode=519&quantity=5",
                urls.availableNumbersInCountry("CAN", "519", 5).toString());
    }

    @Test
    void reportFile() {
        assertEquals("/api/accounts/9900123/reports/218/instances/9f1c/file",
                urls.reportFile("218", "9f1c").encodedPath());
    }

    @Test
    void routeCatalogKeepsOtherApisApart() {
        RouteCatalog catalog = RouteCatalog.load();
        assertEquals("https://provisioning.lakeshoretel.net/api/accounts/4100023345/addresses",
                catalog.url("provisioning.serviceAddresses", Map.of("account", "4100023345")));
        assertEquals("https://messaging.bandwidth.com/api/v2/users/9900123/messages",
                catalog.url("messaging.messages", Map.of("account", "9900123")));
    }
}
