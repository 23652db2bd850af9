package net.kestrelwave.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import net.kestrelwave.provisioning.config.EnvironmentConfig;
import net.kestrelwave.provisioning.config.EnvironmentLoader;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins down the URLs the SDK builds; nothing here talks to the network. */
class IrisClientFactoryTest {

    @Test
    void defaultClientUsesTheVersionSegment() throws Exception {
        IrisClient client = new IrisClient("9900123", "user", "secret");
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders",
                client.buildAccountModelUri(new String[] {IrisPath.ORDERS_URI_PATH}));
    }

    @Test
    void migrationSpikeReachesTheMessagingRoute() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900123", "user", "secret", "api/v2");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/importTnOrders/messaging",
                client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS, "messaging"}));
    }

    @Test
    void stagingClientTargetsTheTestHost() throws Exception {
        EnvironmentConfig staging = new EnvironmentLoader().load("staging");
        IrisClient client = IrisClientFactory.forEnvironment(staging);
        assertTrue(client.buildAccountModelUri(new String[] {IrisPath.SITES_URI_PATH})
                .startsWith("https://test.dashboard.bandwidth.com/"));
    }

    @Test
    void readsClientsByEnvironment() {
        String xml = """
                <irisClients>
                  <client env="lab">
                    <uri>https://api.inetwork.com/v1.0</uri>
                    <accountId>9900789</accountId>
                  </client>
                </irisClients>
                """;
        Map<String, IrisClientFactory.ClientSettings> settings = IrisClientFactory.parseSettings(xml);
        assertEquals("https://api.inetwork.com/v1.0", settings.get("lab").uri());
        assertEquals("9900789", settings.get("lab").accountId());
        assertNull(settings.get("lab").version());
    }

    @Test
    void classpathFileHasAllEnvironments() {
        assertEquals(3, IrisClientFactory.loadSettings().size());
    }
}
