package com.harborline.numbering.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

/**
 * Pins down which URLs the Iris SDK builds, so a version bump cannot surprise us.
 * buildAccountModelUri does not touch the network.
 */
class IrisClientUriTest {

    @Test
    void sandboxClientBuildsAccountUris() throws Exception {
        IrisClient client = new IrisClient("https://test.dashboard.bandwidth.com/api", "9900001", "svc", "secret", "v1.0");

        assertEquals("https://test.dashboard.bandwidth.com/v1.0/accounts/9900001/sites",
                client.buildAccountModelUri(new String[] {"sites"}));
    }

    @Test
    void v2ClientReachesMessagingImportOrders() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900001", "svc", "secret", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900001/importTnOrders/messaging",
                client.buildAccountModelUri(new String[] {"importTnOrders", "messaging"}));
    }
}
