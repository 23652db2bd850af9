package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import net.pinecrest.numbertool.config.DashboardUrls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins down which URLs the real SDK jar builds, since the SDK replaces the path of the URI it is
 * given with "/" + version + "/accounts/...".
 */
class IrisClientFactoryTest {

    @Test
    void defaultConstructorTargetsTheSdkDefaults() throws Exception {
        IrisClient client = new IrisClient("9900217", "user", "secret");

        assertThat(client.buildAccountModelUri(new String[] {"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900217/orders");
    }

    @Test
    void explicitVersionIsPutInFrontOfAccounts() throws Exception {
        IrisClient client = new IrisClient(DashboardUrls.SDK_HOST, "9900217", "user", "secret", "v1.0");

        String uri = client.buildAccountModelUri(new String[] {"importTnOrders"});

        assertThat(uri).endsWith("/importTnOrders");
    }

    @Test
    void pilotClientTargetsTheNewVersion() throws Exception {
        IrisClient client = new IrisClient(DashboardUrls.SDK_HOST, "9900217", "user", "secret", "api/v2");

        assertThat(client.buildAccountModelUri(new String[] {"e911Addresses"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900217/e911Addresses");
    }
}
