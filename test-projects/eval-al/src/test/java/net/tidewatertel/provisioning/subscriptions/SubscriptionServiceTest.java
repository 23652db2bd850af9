package net.tidewatertel.provisioning.subscriptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.support.StubDashboardHttpClient;

class SubscriptionServiceTest {

    private final StubDashboardHttpClient http = new StubDashboardHttpClient();
    private final SubscriptionService service = new SubscriptionService(http, new DashboardPaths("9900417"),
            "https://provisioning.tidewatertel.net/callbacks/iris/orders");

    @Test
    void orderSubscriptionCarriesOurCallback() throws IOException {
        http.respondCreated("https://dashboard.bandwidth.com/api/accounts/9900417/subscriptions/sub-12");

        assertEquals("sub-12", service.subscribeOrders("iris-callback", "secret"));
        assertTrue(http.last().url.endsWith("/accounts/9900417/subscriptions"));
        assertTrue(http.last().body.contains("<URL>https://provisioning.tidewatertel.net/callbacks/iris/orders</URL>"));
        assertTrue(http.last().body.contains("<Expiry>3122064000</Expiry>"));
    }

    @Test
    void disconnectSubscriptionIsMarshalled() throws IOException {
        service.subscribeDisconnects("iris-callback", "secret");

        assertTrue(http.last().body.contains("<OrderType>disconnects</OrderType>"));
    }
}
