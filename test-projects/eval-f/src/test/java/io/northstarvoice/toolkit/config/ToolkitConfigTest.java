package io.northstarvoice.toolkit.config;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ToolkitConfigTest {

    @Test
    void fallsBackToDefaultBaseUrl() {
        ToolkitConfig config = ToolkitConfig.of(new Properties());

        assertEquals("https://dashboard.bandwidth.com/api", config.irisBaseUrl());
    }

    @Test
    void prodFileSelectsProductionAccount() {
        ToolkitConfig config = ToolkitConfig.load(Environment.PROD);

        assertEquals("5004411", config.accountId());
        assertEquals(Environment.PROD, Environment.parse("prod"));
    }
}
