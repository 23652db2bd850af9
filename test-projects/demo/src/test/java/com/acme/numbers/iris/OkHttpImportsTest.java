package com.acme.numbers.iris;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's own test: it must pass before and after iris-migrate:fix. */
class OkHttpImportsTest {
    @Test
    void removalsGoToTheDashboardForTheAccount() {
        var url = new OkHttpImports("9900001").removals();
        assertEquals("dashboard.bandwidth.com", url.host());
        assertTrue(url.pathSegments().contains("9900001"));
    }
}
