package net.northvale.voice.provisioning.config;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins down which URL the Iris SDK really builds, since it replaces the path of the uri it is
 * given with "/" + version + "/accounts/...".
 */
class IrisClientProducerTest {

    @Test
    void threeArgumentClientUsesTheSdkDefaults() throws Exception {
        IrisClient client = new IrisClient("9900123", "svc-tnprov", "secret");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void pathOfTheConfiguredUriIsReplaced() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900123", "svc-tnprov", "secret", "v1.0");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/tns",
                client.buildAccountModelUri(new String[]{"tns"}));
    }

    @Test
    void versionArgumentCarriesTheWholeApiPrefix() throws Exception {
        IrisClient client = new IrisClient(DashboardEndpoints.PROD_HOST, "9900123", "svc-tnprov", "secret", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }
}
