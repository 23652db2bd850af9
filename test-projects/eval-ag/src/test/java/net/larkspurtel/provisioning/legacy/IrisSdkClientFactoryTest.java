package net.larkspurtel.provisioning.legacy;

import static com.google.common.truth.Truth.assertThat;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import net.larkspurtel.provisioning.config.DashboardSettings;
import net.larkspurtel.provisioning.config.RuntimeConfig;
import org.junit.jupiter.api.Test;

/** Pins down the URLs the Iris SDK really builds (it replaces the path of the uri). */
class IrisSdkClientFactoryTest {

    @Test
    void defaultConstructorTargetsVersionedPath() throws Exception {
        IrisClient client = new IrisClient("9900123", "svc-test", "secret");

        String uri = client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS});

        assertThat(uri).isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900123/importTnOrders");
    }

    @Test
    void factoryUsesSettingsAccount() throws Exception {
        DashboardSettings settings = new DashboardSettings("ignored", "9900123", "svc-test", "secret");

        IrisClient client = IrisSdkClientFactory.fromSettings(settings);

        assertThat(client.buildAccountModelUri(new String[] {"sites"})).endsWith("/accounts/9900123/sites");
    }

    @Test
    void legacyConfigKeepsInetworkHost() throws Exception {
        LegacyIrisConfig config = new LegacyIrisConfig();
        config.uri = "https://api.inetwork.com/v1.0";
        config.accountId = "9900124";
        config.username = "svc-reseller";
        config.password = "secret";

        IrisClient client = IrisSdkClientFactory.fromLegacyConfig(config);

        assertThat(client.buildAccountModelUri(new String[] {"sites"})).startsWith("https://api.inetwork.com/");
    }

    @Test
    void runtimeConfigCanSwitchTheVersion() throws Exception {
        RuntimeConfig runtime = new RuntimeConfig();
        runtime.legacyIris.uri = "https://dashboard.bandwidth.com";
        runtime.legacyIris.version = "api/v2";
        DashboardSettings settings = new DashboardSettings("ignored", "9900123", "svc-test", "secret");

        IrisClient client = IrisSdkClientFactory.fromRuntimeConfig(runtime, settings);

        assertThat(client.buildAccountModelUri(new String[] {"e911Addresses"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900123/e911Addresses");
    }
}
