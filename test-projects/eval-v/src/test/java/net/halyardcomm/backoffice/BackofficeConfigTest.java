package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.config.BackofficeConfig;
import net.halyardcomm.backoffice.config.Environment;
import net.halyardcomm.backoffice.config.IrisSettings;

class BackofficeConfigTest {

    @Test
    void bindsTestProperties() throws Exception {
        CompositeConfiguration config = BackofficeConfig.load("test-backoffice.properties", BackofficeConfig.DEFAULT_XML);
        IrisSettings s = IrisSettings.from(config);

        assertEquals("9900417", s.accountId());
        assertEquals("http://localhost:18080", s.baseUrl());
        assertEquals("https://api.inetwork.com/v1.0", s.legacyUri());
        assertEquals("3122064000", s.callbackExpiry());
    }

    @Test
    void interpolatesPathsFromOtherKeys() throws Exception {
        CompositeConfiguration config = BackofficeConfig.load("test-backoffice.properties", BackofficeConfig.DEFAULT_XML);
        assertEquals("/accounts/9900417/addresses", config.getString("iris.e911.path"));
    }

    @Test
    void environmentTable() throws Exception {
        assertEquals("https://dashboard.bandwidth.com/v1.0", Environment.PROD.dashboardUrl());
        assertEquals("https://dashboard.bandwidth.com/api/v2", Environment.STAGING.dashboardUrl());
    }
}
