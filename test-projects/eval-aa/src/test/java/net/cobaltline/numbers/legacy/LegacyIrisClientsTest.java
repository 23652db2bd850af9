package net.cobaltline.numbers.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;

import org.junit.jupiter.api.Test;

/**
 * Pins the URLs the Iris SDK really builds: it replaces the path of the configured URI with
 * "/" + version + "/accounts/...", so the "/api" of the URI is dropped.
 */
class LegacyIrisClientsTest {

    @Test
    void sdkPutsTheVersionWhereThePathWas() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900123", "u", "p", "v1.0");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/importTnOrders",
                client.buildAccountModelUri(new String[] {IrisPath.IMPORT_TN_ORDERS}));
    }

    /** Spike for the migration ticket: what a v2 client would send. */
    @Test
    void versionArgumentCanCarryTheV2Prefix() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900123", "u", "p", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/importTnOrders/messaging",
                client.buildAccountModelUri(new String[] {"importTnOrders", "messaging"}));
    }

    @Test
    void legacyConfigHasBothEnvironments() {
        LegacyIrisConfig cfg = LegacyIrisConfig.load();

        assertEquals("9900777", cfg.connection("test").accountId);
    }
}
