package net.harbourline.tnbridge.service;

import com.bandwidth.iris.sdk.IrisClient;
import net.harbourline.tnbridge.config.DashboardSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins the URLs the Iris SDK builds, so an SDK upgrade cannot silently move us to another API version.
 */
class IrisClientFactoryTest {

    private static DashboardSettings settings(String sdkVersion) {
        DashboardSettings settings = new DashboardSettings();
        settings.setBaseUrl("https://dashboard.bandwidth.com/api");
        settings.setAccountId("9900012");
        settings.setUsername("tnbridge-ci");
        settings.setPassword("not-a-secret");
        settings.setSdkVersion(sdkVersion);
        return settings;
    }

    @Test
    void defaultClientUsesTheSdkDefaults() throws Exception {
        IrisClient client = new IrisClientFactory(settings("")).create();
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900012/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void configuredVersionReplacesThePath() throws Exception {
        IrisClient client = new IrisClientFactory(settings("v1.0")).create();
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900012/sites/24713/sippeers",
                client.buildAccountModelUri(new String[]{"sites", "24713", "sippeers"}));
    }

    @Test
    void v2ReadyClientBuildsV2Urls() throws Exception {
        // what the migration will switch to (PLAT-2410)
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900012", "tnbridge-ci", "not-a-secret", "api/v2");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900012/tnoptions",
                client.buildAccountModelUri(new String[]{"tnoptions"}));
    }
}
