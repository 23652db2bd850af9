package net.prairiewave.numbering.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins down which URLs the Iris SDK really builds (it replaces the path of the uri argument). */
class IrisClientUrlTest {

    @Test
    void defaultConstructorTargetsVersionOnePath() throws Exception {
        IrisClient client = new IrisClient("9900417", "user", "secret");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900417/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void apiV2VersionTargetsV2Path() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900417", "user", "secret", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900417/e911Addresses",
                client.buildAccountModelUri(new String[]{"e911Addresses"}));
    }
}
