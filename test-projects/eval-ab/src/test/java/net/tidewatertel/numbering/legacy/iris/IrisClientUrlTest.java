package net.tidewatertel.numbering.legacy.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.bandwidth.iris.sdk.IrisClient;

import org.junit.jupiter.api.Test;

/**
 * Pins the URLs the Iris SDK builds: IrisClient replaces the path of its uri with
 * "/" + version + "/accounts/" + accountId + ..., so the version argument decides the route.
 */
class IrisClientUrlTest {

    @Test
    void defaultClientUsesTheSdkRoute() throws Exception {
        IrisClient client = new IrisClient("5006071", "svc-numbering", "secret");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/5006071/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void labHostKeepsItsVersionSegment() throws Exception {
        IrisClient client = new IrisClient("https://api.test.inetwork.com/v1.0", "5006099", "lab", "lab", "v1.0");

        assertEquals("https://api.test.inetwork.com/v1.0/accounts/5006099/sites",
                client.buildAccountModelUri(new String[]{"sites"}));
    }

    @Test
    void versionArgumentCarriesTheApiPrefix() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "5006071", "u", "p", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/5006071/importTnOrders/messaging",
                client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}));
    }

    @Test
    void billingClientIsUnrelated() {
        net.tidewatertel.numbering.billing.IrisClient billing =
                new net.tidewatertel.numbering.billing.IrisClient("TWT01", "numbering", "secret");

        assertNotNull(billing);
    }
}
