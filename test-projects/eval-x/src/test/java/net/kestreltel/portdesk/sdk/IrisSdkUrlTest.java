package net.kestreltel.portdesk.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.IrisPath;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins down which URLs the Iris SDK really builds (its URIBuilder replaces the URI path). */
class IrisSdkUrlTest {

    @Test
    void threeArgConstructorUsesV1() throws Exception {
        IrisClient client = new IrisClient("9900123", "user", "password");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/inserviceNumbers",
                client.buildAccountModelUri(new String[]{IrisPath.INSERVICE_NUMBERS_URI_PATH}));
    }

    @Test
    void v2ClientBuildsApiV2Urls() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900123", "user", "password", "api/v2");

        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/importTnOrders/messaging",
                client.buildAccountModelUri(new String[]{IrisPath.IMPORT_TN_ORDERS, "messaging"}));
        assertEquals("https://dashboard.bandwidth.com/api/v2/accounts/9900123/e911Addresses",
                client.buildAccountModelUri(new String[]{"e911Addresses"}));
    }

    @Test
    void uriPathIsIgnoredBySdk() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com/api/v2", "9900123", "user", "password", "v1.0");

        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900123/sites",
                client.buildAccountModelUri(new String[]{IrisPath.SITES_URI_PATH}));
    }
}
