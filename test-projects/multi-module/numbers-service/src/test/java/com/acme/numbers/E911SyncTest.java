package com.acme.numbers;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module's own test: it must pass before and after iris-migrate:fix. */
class E911SyncTest {
    @Test
    void e911AddressesGoToTheDashboardAndOwnAddressesStayLocal() {
        E911Sync sync = new E911Sync();
        URI dashboard = sync.addresses("9900001");
        assertEquals("dashboard.bandwidth.com", dashboard.getHost());
        assertTrue(dashboard.getPath().contains("/accounts/9900001/"), dashboard.getPath());
        assertEquals("localhost", sync.ownApi("42").getHost());
    }
}
