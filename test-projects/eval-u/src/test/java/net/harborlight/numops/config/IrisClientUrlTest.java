package net.harborlight.numops.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

/**
 * Pins down the URLs the real Iris SDK builds, so a change of constructor arguments in
 * IrisSdkConfiguration cannot silently move us to another route.
 */
class IrisClientUrlTest {

    @Test
    void defaultConstructorTargetsTheSdkDefaultRoute() throws Exception {
        IrisClient client = new IrisClient("9900123", "numops", "secret");

        String uri = client.buildAccountModelUri(new String[]{"orders"});

        assertThat(uri).isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900123/orders");
    }

    @Test
    void explicitUriKeepsHostButReplacesPath() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900123", "numops", "secret", "v1.0");

        String uri = client.buildAccountModelUri(new String[]{"sites", "38127", "sippeers"});

        assertThat(uri).endsWith("/v1.0/accounts/9900123/sites/38127/sippeers");
    }

    @Test
    void pilotConfigurationTargetsApiV2() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900123", "numops", "secret", "api/v2");

        String uri = client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"});

        assertThat(uri).isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900123/importTnOrders/messaging");
    }
}
