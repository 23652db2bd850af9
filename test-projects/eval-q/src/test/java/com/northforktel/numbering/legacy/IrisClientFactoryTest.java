package com.northforktel.numbering.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pins the URLs the vendor SDK builds from our configuration (the SDK replaces the path of the
 * configured URI with "/{version}/accounts/...").
 */
class IrisClientFactoryTest {

    private IrisClientFactory factory;

    @BeforeEach
    void setUp() {
        factory = new IrisClientFactory("legacy/iris-client.xml", "legacy/iris-lab.properties");
    }

    @Test
    void defaultClientTalksToDashboardHost() throws Exception {
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900012/sites",
                factory.defaultClient().buildAccountModelUri(new String[] {"sites"}));
    }

    @Test
    void configuredClientUsesTheXmlHost() throws Exception {
        String uri = factory.configuredClient().buildAccountModelUri(new String[] {"sites"});
        assertTrue(uri.startsWith("https://api.inetwork.com/v1.0/accounts/9900012/"), uri);
    }

    @Test
    void messagingRouteClientBuildsMessagingImportUri() throws Exception {
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900012/importTnOrders/messaging",
                factory.messagingRouteClient().buildAccountModelUri(new String[] {"importTnOrders", "messaging"}));
    }
}
