package net.kestrelvoice.numbering.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;

import net.kestrelvoice.numbering.config.IrisSdkClientFactory;
import net.kestrelvoice.numbering.support.TestDashboard;

/** Pins the URLs the real SDK builds, so an SDK upgrade that changes them is noticed. */
class IrisSdkClientFactoryTest {

    private final IrisSdkClientFactory factory = new IrisSdkClientFactory(TestDashboard.settings());

    @Test
    void defaultClientUsesVersionSegment() throws Exception {
        IrisClient client = factory.defaultClient();

        assertThat(client.buildAccountModelUri(new String[] {IrisPath.ORDERS_URI_PATH}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900117/orders");
    }

    @Test
    void explicitUriKeepsOnlyTheHost() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900117", "u", "p", "v1.0");

        assertThat(client.buildAccountModelUri(new String[] {"tns", "9193230147"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900117/tns/9193230147");
    }

    @Test
    void wholesaleClientIsOnV2() throws Exception {
        IrisClient client = factory.wholesaleClient("9900200", "u", "p");

        assertThat(client.buildAccountModelUri(new String[] {IrisPath.SITES_URI_PATH}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900200/sites");
        assertThat(client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900200/importTnOrders");
    }
}
