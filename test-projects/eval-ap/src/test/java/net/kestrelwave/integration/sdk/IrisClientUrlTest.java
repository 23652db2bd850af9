package net.kestrelwave.integration.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins down which URL the SDK really calls, since the uri argument's path is ignored.
 */
class IrisClientUrlTest {

    @Test
    void defaultClientUsesTheVersionedAccountPath() throws Exception {
        IrisClient client = new IrisClient("9900123", "svc", "secret");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/sites",
                client.buildAccountModelUri(new String[]{IrisPath.SITES_URI_PATH}));
    }

    @Test
    void pathOfTheUriArgumentIsReplaced() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api", "9900123", "svc", "secret", "v1.0");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/tns",
                client.buildAccountModelUri(new String[]{IrisPath.TNS_URI_PATH}));
    }
}
