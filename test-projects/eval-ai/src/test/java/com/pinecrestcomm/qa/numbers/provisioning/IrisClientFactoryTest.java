package com.pinecrestcomm.qa.numbers.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins down which URL each factory method makes the SDK call: the SDK replaces the URI path
 * with "/" + version, which has surprised us before.
 */
class IrisClientFactoryTest {

    @Test
    void defaultClientUsesSdkDefaults() throws Exception {
        IrisClient client = IrisClientFactory.defaultClient("9900012", "qa", "secret");

        assertThat(client.buildAccountModelUri(new String[]{"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/v1.0/accounts/9900012/orders");
    }

    @Test
    void explicitBaseDoesNotChangeThePath() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900012", "qa", "secret", "v1.0");

        assertThat(client.buildAccountModelUri(new String[]{"sites"})).endsWith("/v1.0/accounts/9900012/sites");
    }

    @Test
    void pilotClientTargetsV2() throws Exception {
        IrisClient client = IrisClientFactory.pilot("9900077", "qa", "secret");

        assertThat(client.buildAccountModelUri(new String[]{"orders"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900077/orders");
    }
}
