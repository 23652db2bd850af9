package net.halyardcomm.backoffice;

import static net.halyardcomm.backoffice.support.TestNumbers.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.bandwidth.iris.sdk.IrisClient;

import net.halyardcomm.backoffice.config.IrisSettings;
import net.halyardcomm.backoffice.iris.IrisClientFactory;

/** Pins down which URLs the SDK really builds; the SDK replaces the uri's path. */
class IrisClientFactoryTest {

    private static IrisSettings settings() {
        return IrisSettings.builder()
                .accountId(ACCOUNT)
                .username("user")
                .password("secret")
                .sdkUri("https://dashboard.bandwidth.com")
                .sdkVersion("api/v2")
                .build();
    }

    @Test
    void readmeStyleClientUsesVersionOnePath() throws Exception {
        IrisClient client = new IrisClient(ACCOUNT, "user", "secret");
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900417/orders",
                client.buildAccountModelUri(new String[] {"orders"}));
    }

    @Test
    void configuredClientFollowsTheVersionSetting() throws Exception {
        IrisClient client = new IrisClientFactory(settings()).configuredClient();
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900417/tnoptions",
                client.buildAccountModelUri(new String[] {"tnoptions"}));
    }

    @Test
    void reportingClientIgnoresThePathOfItsUri() throws Exception {
        IrisClient client = new IrisClientFactory(settings()).reportingClient();
        assertTrue(client.buildAccountModelUri(new String[] {"reports"}).contains("/v1.0/accounts/"));
    }

    @Test
    void v2ClientBuildsMessagingImportRoute() throws Exception {
        IrisClient client = new IrisClientFactory(settings()).v2Client();
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900417/importTnOrders/messaging",
                client.buildAccountModelUri(new String[] {"importTnOrders", "messaging"}));
    }
}
