package net.harbourline.numberdesk.dashboard;

import com.bandwidth.iris.sdk.IrisClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pins down the URLs the Iris SDK builds, so an SDK upgrade cannot surprise us. */
class IrisSdkUrlTest {

    @Test
    void accountModelUri() throws Exception {
        IrisClient client = new IrisClient("9900112", "user", "secret");
        String uri = client.buildAccountModelUri(new String[]{"sites", "38213", "sippeers"});
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900112/sites/38213/sippeers", uri);
    }

    @Test
    void tnDetailsUri() throws Exception {
        IrisClient client = new IrisClient("https://dashboard.bandwidth.com", "9900112", "user", "secret", "v1.0");
        String uri = client.buildModelUri(new String[]{"tns", "9194600101", "tndetails"});
        assertEquals("https://dashboard.bandwidth.com/v1.0/tns/9194600101/tndetails", uri);
    }

    @Test
    void hostedMessagingUri() throws Exception {
        IrisClient client = new IrisClient("9900112", "user", "secret");
        String uri = client.buildAccountModelUri(new String[]{"importTnOrders"});
        assertEquals("https://dashboard.bandwidth.com/v1.0/accounts/9900112/importTnOrders", uri);
    }
}
