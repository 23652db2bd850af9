package net.corvalink.numbering.iris;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashboardPathsTest {

    private final DashboardPaths paths = DashboardPaths.production("9900123");

    @Test
    void e911AddressCollection() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses", paths.e911Addresses());
    }

    @Test
    void singleE911Address() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/addresses/a1b2c3",
                paths.e911Address("a1b2c3"));
    }

    @Test
    void orderById() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/orders/47955555-67aa-4adb-8c0f-b6894e60c0dc",
                paths.order("47955555-67aa-4adb-8c0f-b6894e60c0dc"));
    }

    @Test
    void telephoneNumber() {
        assertEquals("https://dashboard.bandwidth.com/api/tns/9195550123",
                paths.tn("9195550123"));
    }

    @Test
    void sipPeerTelephoneNumber() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/sites/4411/sippeers/519032/tns/9195550124",
                paths.sipPeerTn("4411", "519032", "9195550124"));
    }

    @Test
    void importHistory() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900123/importTnOrders/b05de7e6/history",
                paths.importTnOrderHistory("b05de7e6"));
    }

    @Test
    void tnOptionsOnConfiguredBase() {
        DashboardPaths v2 = new DashboardPaths("https://dashboard.bandwidth.com/api/v2", "9900123");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/tnoptions", v2.tnOptions());
    }
}
