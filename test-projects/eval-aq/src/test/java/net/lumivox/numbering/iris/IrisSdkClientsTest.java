package net.lumivox.numbering.iris;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Checks which URLs the SDK builds; no request is sent.
 */
class IrisSdkClientsTest {

    @Test
    void defaultClientBuildsAccountUris() throws Exception {
        IrisClient client = new IrisClient("9900123", "numbering-ci", "not-a-secret");
        String uri = client.buildAccountModelUri(new String[]{"addresses"});
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/addresses", uri);
    }

    @Test
    void e911ClientBuildsUrisOnTheNewVersion() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900123", "numbering-ci", "not-a-secret", "api/v2");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/e911Addresses",
                client.buildAccountModelUri(new String[]{"e911Addresses"}));
    }
}
