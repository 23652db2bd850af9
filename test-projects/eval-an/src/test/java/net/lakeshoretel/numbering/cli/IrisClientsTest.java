package net.lakeshoretel.numbering.cli;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins down the URLs the SDK actually builds; no request is sent. */
class IrisClientsTest {

    private static CliConfig config() {
        CliConfig config = new CliConfig();
        config.setAccountId("9900123");
        config.setUsername("test");
        config.setPassword("test");
        return config;
    }

    @Test
    void productionUsesTheSdkDefaultEndpoint() throws Exception {
        IrisClient client = IrisClients.production(config());
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void sandboxUsesTheTestHost() throws Exception {
        IrisClient client = IrisClients.sandbox(config());
        assertEquals("https://test.dashboard.bandwidth.com/v1.0/accounts/9900123/sites",
                client.buildAccountModelUri(new String[]{"sites"}));
    }

    @Test
    void configuredClientFollowsTheXmlFile() throws Exception {
        CliConfig config = config();
        config.setUri("https://api.inetwork.com/v1.0");
        IrisClient client = IrisClients.configured(config);
        assertEquals("https://api.inetwork.com/v1.0/accounts/9900123/inserviceNumbers",
                client.buildAccountModelUri(new String[]{"inserviceNumbers"}));
    }
}
