package net.northwind.porting;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pins down which URLs the Iris SDK builds, so nobody is surprised by the version argument:
 * the SDK replaces the path of the URI with "/" + version + "/accounts/...".
 */
class IrisSdkUrlTest {

    @Test
    void defaultConstructorTargetsTheOldVersionPath() throws Exception {
        IrisClient client = new IrisClient("9900123", "user", "secret");
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/importTnOrders",
                client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS}));
    }

    @Test
    void v2ClientReachesTheMessagingRoute() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900123", "user", "secret", "api/v2");
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/importTnOrders/messaging",
                client.buildAccountModelUri(new String[]{"importTnOrders", "messaging"}));
    }
}
