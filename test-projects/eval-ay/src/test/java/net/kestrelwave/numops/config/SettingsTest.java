package net.kestrelwave.numops.config;

import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SettingsTest {

    @Test
    void devStagePointsAtTheTestDashboard() {
        Settings settings = Settings.load(Settings.Stage.DEV);
        assertEquals("https://test.dashboard.bandwidth.com/api", settings.dashboardBaseUrl());
        assertEquals("9900031", settings.accountId());
    }

    @Test
    void threeArgumentLookupFallsBackToTheDefault() {
        Settings settings = Settings.of(Settings.Stage.DEV, new Properties());
        assertEquals("fallback", settings.get("no.such.key", "NUMCTL_NO_SUCH_VARIABLE", "fallback"));
    }

    @Test
    void pathTemplatesGetTheAccountId() {
        Properties p = new Properties();
        p.setProperty("dashboard.account-id", "1234567890");
        p.setProperty("dashboard.path.tn-options", "/accounts/{accountId}/tnoptions");
        Settings settings = Settings.of(Settings.Stage.PROD, p);
        assertEquals("/accounts/1234567890/tnoptions", settings.path("dashboard.path.tn-options", null));
    }

    @Test
    void missingAccountIsReported() {
        Settings settings = Settings.of(Settings.Stage.STAGE, new Properties());
        assertThrows(IllegalStateException.class, settings::accountId);
    }
}
