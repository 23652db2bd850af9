package com.tallgrassvoice.portwell.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

/** Pins down the URLs the SDK builds, so an SDK upgrade cannot silently move our requests. */
class IrisClientsTest {

    @Test
    void defaultClientBuildsAccountUris() throws Exception {
        IrisClient client = new IrisClient("9900123", "user", "secret");
        String uri = client.buildAccountModelUri(new String[]{"orders"});
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders", uri);
    }

    @Test
    void e911ResourceIsUnderTheAccount() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900123", "user", "secret", "v1.0");
        String uri = client.buildAccountModelUri(new String[]{"addresses"});
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/addresses", uri);
    }
}
