package net.tallgrasstel.backoffice.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

/** Pins down the URLs the SDK builds, so a version bump cannot silently move our calls. */
class IrisClientFactoryTest {

    @Test
    void defaultClientUsesSdkDefaults() throws Exception {
        IrisClient client = new IrisClient("9900778", "svc-porting", "not-a-secret");
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900778/orders",
                client.buildAccountModelUri(new String[] {"orders"}));
    }

    @Test
    void reportingClientUsesNewBase() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900778", "svc-reports",
                "not-a-secret", "api/v2");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900778/reports",
                client.buildAccountModelUri(new String[] {"reports"}));
    }

    @Test
    void sdkAccountPathMatchesSdk() throws Exception {
        IrisClient client = new IrisClient("9900778", "svc-porting", "not-a-secret");
        assertEquals(client.buildAccountModelUri(new String[] {"sites"}),
                "https://dashboard.bandwidth.com" + DashboardUrls.sdkAccountPath("9900778", "sites"));
    }
}
