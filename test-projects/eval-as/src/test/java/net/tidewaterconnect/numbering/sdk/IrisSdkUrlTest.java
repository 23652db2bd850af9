package net.tidewaterconnect.numbering.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

/** Pins down which URLs the SDK really builds, so nobody has to guess again. */
class IrisSdkUrlTest {

    @Test
    void defaultClientTalksToTheDashboard() throws Exception {
        IrisClient client = new IrisClient("5009876", "api-user", "secret");

        assertThat(client.buildAccountModelUri(new String[] {"tns"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/5009876/tns");
    }

    @Test
    void versionReplacesThePathOfTheUri() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "5009876", "user", "pw", "v1.0");

        assertThat(client.buildAccountModelUri(new String[] {"addresses"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/5009876/addresses");
    }

    @Test
    void v2ClientForTheMigration() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "5009876", "user", "pw", "api/v2");

        assertThat(client.buildAccountModelUri(new String[] {"importTnOrders", "messaging"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/5009876/importTnOrders/messaging");
    }
}
