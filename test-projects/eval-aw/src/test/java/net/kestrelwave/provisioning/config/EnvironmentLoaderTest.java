package net.kestrelwave.provisioning.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EnvironmentLoaderTest {

    private final EnvironmentLoader loader = new EnvironmentLoader();

    @Test
    void stagingComesFromYaml() {
        EnvironmentConfig staging = loader.load("staging");
        assertEquals("https://test.dashboard.bandwidth.com/api/v1", staging.dashboardBaseUrl());
        assertEquals("9900456", staging.accountId());
        assertEquals("/accounts/{accountId}/addresses/{addressId}", staging.path("e911Address", null));
    }

    @Test
    void prodComesFromJson() {
        EnvironmentConfig prod = loader.load("PROD");
        assertEquals("5006743", prod.accountId());
        assertEquals("https://messaging.bandwidth.com/api/v2", prod.messagingBaseUrl());
    }

    @Test
    void unknownEnvironment() {
        assertThrows(IllegalArgumentException.class, () -> loader.load("qa7"));
    }
}
