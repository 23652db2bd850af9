package net.kestrelwave.numops.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins down how the SDK builds its URLs; no request is sent. */
class IrisClientFactoryTest {

    @Test
    void sdkReplacesThePathOfTheUri() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "5001234", "user", "secret", "v1.0");
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/5001234/orders",
                client.buildAccountModelUri(new String[]{"orders"}));
    }

    @Test
    void threeArgumentConstructorUsesTheDefaultHost() throws Exception {
        IrisClient client = new IrisClient("5001234", "user", "secret");
        assertTrue(client.buildAccountModelUri(new String[]{"sites"}).endsWith("/accounts/5001234/sites"));
    }
}
