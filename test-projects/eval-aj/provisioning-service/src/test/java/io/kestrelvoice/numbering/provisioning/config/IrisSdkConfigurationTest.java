package io.kestrelvoice.numbering.provisioning.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import io.kestrelvoice.numbering.dashboard.DashboardProperties;
import io.kestrelvoice.numbering.provisioning.config.IrisSdkConfiguration.IrisSdkProperties;
import io.kestrelvoice.numbering.testsupport.DashboardFixtures;
import org.junit.jupiter.api.Test;

/**
 * Pins down which URLs the real SDK jar builds for each of our client beans.
 */
class IrisSdkConfigurationTest {

    private final IrisSdkConfiguration configuration = new IrisSdkConfiguration();

    private DashboardProperties dashboard() {
        DashboardProperties p = new DashboardProperties();
        p.setAccountId(DashboardFixtures.ACCOUNT_ID);
        p.setUsername(DashboardFixtures.USERNAME);
        p.setPassword(DashboardFixtures.PASSWORD);
        return p;
    }

    @Test
    void defaultClientUsesSdkDefaults() throws Exception {
        IrisClient client = configuration.irisClient(dashboard());

        assertThat(client.buildAccountModelUri(new String[] {"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900012/orders");
    }

    @Test
    void emergencyClientIsOnV2() throws Exception {
        IrisClient client = configuration.emergencyIrisClient(dashboard());

        assertThat(client.buildAccountModelUri(new String[] {"e911Addresses"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900012/e911Addresses");
    }

    @Test
    void portingClientTakesVersionFromConfig() throws Exception {
        IrisSdkProperties iris = new IrisSdkProperties();
        iris.setUri("https://dashboard.bandwidth.com");
        iris.setVersion("v1.0");
        iris.setAccountId(DashboardFixtures.ACCOUNT_ID);
        iris.setUsername("porting");
        iris.setPassword("secret");

        IrisClient client = configuration.portingIrisClient(iris);

        assertThat(client.buildAccountModelUri(new String[] {"portins"})).contains("/accounts/9900012/portins");
    }
}
