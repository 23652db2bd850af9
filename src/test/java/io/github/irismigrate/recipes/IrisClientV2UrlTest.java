package io.github.irismigrate.recipes;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URLs the real Iris SDK builds (no network): the form BW001 rewrites to reaches /api/v2/, the form it
 * rewrites from reaches /v1.0/.
 */
class IrisClientV2UrlTest {

    @Test
    void fixedConstructorBuildsV2Urls() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "123", "u", "p", "api/v2");
        assertThat(client.buildAccountModelUri(new String[]{"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/123/orders");
    }

    @Test
    void fixedConstructorReachesMessagingImportRoute() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "123", "u", "p", "api/v2");
        assertThat(client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/123/importTnOrders/messaging");
    }

    @Test
    void threeArgumentConstructorBuildsV1Urls() throws Exception {
        IrisClient client = new IrisClient("123", "u", "p");
        assertThat(client.buildAccountModelUri(new String[]{"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/123/orders");
    }

    @Test
    void pathOfTheBaseUriIsReplacedByTheVersion() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "123", "u", "p", "v1.0");
        assertThat(client.buildAccountModelUri(new String[]{"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/123/orders");
    }
}
