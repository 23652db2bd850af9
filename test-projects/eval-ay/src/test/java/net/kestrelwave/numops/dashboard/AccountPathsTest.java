package net.kestrelwave.numops.dashboard;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccountPathsTest {

    private final AccountPaths paths = new AccountPaths("https://dashboard.bandwidth.com/api/", "5001234");

    @Test
    void addressBook() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/5001234/addresses",
                paths.addresses());
    }

    @Test
    void importOrderHistory() {
        assertEquals("https://dashboard.bandwidth.com/api/accounts/5001234/importTnOrders/ORD-9/history",
                paths.importOrderHistory("ORD-9"));
    }

    @Test
    void tnOptions() {
        assertTrue(paths.tnOptions().endsWith("/accounts/5001234/tnoptions"));
    }

    @Test
    void sipPeerTnPath() {
        assertEquals("/sites/1432/sippeers/520114/tns/+19195550147",
                AccountPaths.sipPeerTn("1432", "520114", "+19195550147"));
    }
}
