package net.northwindtel.provisioning.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins down which URLs the Iris SDK 1.12 really builds (its path replaces whatever path the base URI has).
 */
class IrisSdkUrlTest {

    @Test
    void defaultConstructorTargetsTheVersionedDashboardPath() throws Exception {
        IrisClient client = new IrisClient("9900012", "user", "pass");

        assertThat(client.buildAccountModelUri(new String[]{"tns"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900012/tns");
    }

    @Test
    void explicitVersionIsAppendedToTheHost() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900012", "user", "pass", "api/v2");

        assertThat(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900012/importTnOrders/messaging");
    }

    @Test
    void uriPathIsIgnoredBecauseSetPathReplacesIt() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api/v2", "9900012", "user", "pass", "api/v2");

        assertThat(client.buildAccountModelUri(new String[]{"tnoptions"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900012/tnoptions");
    }
}
