package io.northstarvoice.toolkit.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins down the URL the real SDK jar builds, so a version bump cannot silently move us. */
class SdkClientFactoryTest {

    @Test
    void versionedClientTargetsApiV2() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900012", "user", "secret", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900012/inserviceNumbers",
                client.buildAccountModelUri(new String[]{"inserviceNumbers"}));
    }
}
