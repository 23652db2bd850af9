package net.prairiewave.numbering.config;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashboardSettingsTest {

    @Test
    void readsTestYaml() {
        Config config = Config.builder()
                .sources(ConfigSources.classpath("application-test.yaml"))
                .disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource()
                .build();

        DashboardSettings settings = DashboardSettings.from(config);

        assertEquals("http://localhost:18089/api", settings.baseUrl());
        assertEquals("9900417", settings.accountId());
        assertEquals("http://localhost:18089/api/accounts/9900417", settings.accountUrl());
    }

    @Test
    void defaultsToProductionDashboard() {
        DashboardSettings settings = DashboardSettings.from(Config.empty());

        assertEquals("https://dashboard.bandwidth.com/api", settings.baseUrl());
        assertEquals(20, settings.timeout().toSeconds());
    }

    @Test
    void environmentsParseCliNames() {
        assertEquals(Environments.V2_PILOT, Environments.parse("v2-pilot"));
        assertEquals("https://dashboard.bandwidth.com/api/v2/", Environments.V2_PILOT.baseUrl());
    }
}
