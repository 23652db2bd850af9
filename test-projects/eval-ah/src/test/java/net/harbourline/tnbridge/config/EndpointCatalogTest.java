package net.harbourline.tnbridge.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndpointCatalogTest {

    private final EndpointCatalog catalog = EndpointCatalog.load();

    @Test
    void productionExternalTnsEndpoint() {
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900012/externalTns",
                catalog.resolve("external-tns", "production", "9900012"));
    }

    @Test
    void labAlreadyOnV2() {
        assertTrue(catalog.resolve("import-messaging", "lab", "9900377")
                .startsWith("https://dashboard.bandwidth.com/api/v2/accounts/9900377/importTnOrders/messaging"));
    }

    @Test
    void drPoolHasTheConfiguredNumbers() {
        assertEquals(3, catalog.drPool().size());
        assertTrue(catalog.drPool().contains("2523410988"));
    }
}
