package net.tallgrasstel.backoffice.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void readsDashboardSettings() throws Exception {
        String json = """
                {
                  "baseUrl": "https://dashboard.bandwidth.com/api/",
                  "accountId": "9900778",
                  "paths": {
                    "tnOptions": "/accounts/{accountId}/tnoptions",
                    "e911Address": "/accounts/{accountId}/e911Addresses/{addressId}"
                  },
                  "retry": { "maxAttempts": 4, "backoffMillis": 1500 }
                }
                """;
        AppConfig.DashboardSettings settings = new ObjectMapper().readValue(json, AppConfig.DashboardSettings.class);
        assertEquals("/accounts/9900778/tnoptions", settings.path("tnOptions"));
        assertEquals(4, settings.retry().maxAttempts());
    }

    @Test
    void loadsBundledFiles() {
        AppConfig config = AppConfig.load();
        assertEquals("9900778", config.accountId());
        assertEquals("461", config.siteId());
        assertEquals(2, config.profiles().getProfiles().size());
    }
}
