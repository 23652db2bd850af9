package net.tidewatertel.provisioning.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.bandwidth.iris.sdk.IrisClient;

/** Checks the URLs the Iris SDK builds; nothing is sent. */
class IrisClientFactoryTest {

    private IrisClientFactory factory() {
        IrisClientFactory factory = new IrisClientFactory();
        factory.setAccountId("9900417");
        factory.setUsername("tw-provisioning");
        factory.setPassword("secret");
        factory.setSdkVersion("v1.0");
        return factory;
    }

    @Test
    void defaultClientTalksToProduction() throws Exception {
        IrisClient client = factory().defaultClient();

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900417/orders",
                client.buildAccountModelUri(new String[] {"orders"}));
    }

    @Test
    void sandboxClientTalksToTheTestHost() throws Exception {
        IrisClient client = factory().sandboxClient();

        assertEquals("https://test.dashboard.bandwidth.com/v1.0/accounts/9900417/sites",
                client.buildAccountModelUri(new String[] {"sites"}));
    }

    @Test
    void pilotClientUsesVersionTwo() throws Exception {
        IrisClient client = new DashboardV2PilotClient("https://dashboard.bandwidth.com/api/v2", "9900417")
                .client("tw-provisioning", "secret");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900417/tnoptions",
                client.buildAccountModelUri(new String[] {"tnoptions"}));
    }
}
