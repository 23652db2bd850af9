package net.cedarline.numberdesk.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.bandwidth.iris.sdk.IrisClient;

import net.cedarline.numberdesk.config.AppConfig;
import net.cedarline.numberdesk.config.ConfigLoader;
import net.cedarline.numberdesk.testutil.TestSettings;

/** Pins down which URLs the SDK really builds (it replaces the path of the uri argument). */
class IrisClientFactoryTest {

    @Test
    void productionClientUsesTheSdkDefaults() throws Exception {
        IrisClient client = IrisClientFactory.production(TestSettings.dashboard());

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900412/orders",
                client.buildAccountModelUri(new String[] {"orders"}));
    }

    @Test
    void configuredClientFollowsApplicationYml() throws Exception {
        AppConfig config = ConfigLoader.load("application-test.yml");

        IrisClient client = IrisClientFactory.fromConfig(config);

        assertEquals("https://test.dashboard.bandwidth.com/v1.0/accounts/9900412/sites",
                client.buildAccountModelUri(new String[] {"sites"}));
    }

    @Test
    void v2ClientBuildsApiV2Paths() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900412", "test-user", "secret", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900412/importTnOrders/messaging",
                client.buildAccountModelUri(new String[] {"importTnOrders", "messaging"}));
    }
}
