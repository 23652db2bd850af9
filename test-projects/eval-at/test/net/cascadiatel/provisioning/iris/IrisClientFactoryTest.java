package net.cascadiatel.provisioning.iris;

import static org.junit.Assert.assertEquals;

import com.bandwidth.iris.sdk.IrisClient;
import net.cascadiatel.provisioning.config.DashboardEndpoints;
import net.cascadiatel.provisioning.config.IrisSettings;
import org.junit.Test;

/** Pins down which URLs the SDK really builds; no request is sent. */
public class IrisClientFactoryTest {

    private static IrisSettings settings(String sdkVersion) {
        return new IrisSettings(
                DashboardEndpoints.PRODUCTION,
                DashboardEndpoints.SANDBOX,
                "9900123",
                "provisioning-api",
                "secret",
                sdkVersion,
                "41187",
                "552901",
                "/accounts/{accountId}/addresses",
                "/accounts/{accountId}/externalTns",
                "USA");
    }

    @Test
    public void defaultClientSendsToTheSdkPath() throws Exception {
        IrisClient client = new IrisClientFactory().create(settings(null));
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    public void directConstruction() throws Exception {
        IrisClient client = new IrisClient("9900123", "provisioning-api", "secret");
        String uri = client.buildAccountModelUri(new String[]{"addresses"});
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/addresses", uri);
    }

    @Test
    public void pilotClientTargetsTheNewVersion() throws Exception {
        IrisClient client = new IrisClientFactory().pilot(settings(null));
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    public void subAccountKeepsTheSharedCredentials() throws Exception {
        IrisClient client = new IrisClientFactory().forSubAccount("9900124", settings(null));
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900124/sites",
                client.buildAccountModelUri(new String[]{"sites"}));
    }
}
