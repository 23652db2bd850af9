package com.cobaltline.numbering.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.bandwidth.iris.sdk.IrisClient;
import com.cobaltline.numbering.transport.RecordingTransport;

/** Pins the URLs the SDK really builds; it ignores the path of the base URI. */
class IrisClientFactoryTest {

    private final IrisClientFactory factory = new IrisClientFactory(RecordingTransport.settings());

    @Test
    void productionUsesTheSdkDefaultHost() throws Exception {
        IrisClient client = factory.production();

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/5001234/orders",
                client.buildAccountModelUri(new String[] {"orders"}));
    }

    @Test
    void sandboxUsesTheTestHost() throws Exception {
        IrisClient client = factory.sandbox();

        assertEquals("https://test.dashboard.bandwidth.com/v1.0/accounts/5001234/availableNumbers",
                client.buildAccountModelUri(new String[] {"availableNumbers"}));
    }

    @Test
    void pilotClientReachesVersionTwo() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "5001234", "svc-test", "secret", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/5001234/e911Addresses",
                client.buildAccountModelUri(new String[] {"e911Addresses"}));
    }
}
