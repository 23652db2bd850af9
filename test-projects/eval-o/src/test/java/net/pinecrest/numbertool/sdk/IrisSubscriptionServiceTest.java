package net.pinecrest.numbertool.sdk;

import com.bandwidth.iris.sdk.IrisClient;
import net.pinecrest.numbertool.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IrisSubscriptionServiceTest {

    private MockWebServer server;
    private IrisSubscriptionService service;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        IrisClient client = new IrisClient(server.url("/").toString(), Fixtures.ACCOUNT, "user", "secret", "v1.0");
        service = new IrisSubscriptionService(client);
    }

    @AfterEach
    void stop() throws Exception {
        server.shutdown();
    }

    @Test
    void callbackSubscriptionMatchesTheRecordedRequest() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201)
                .setHeader("Location", "/v1.0/accounts/9900217/subscriptions/1f4e1a2b"));
        server.enqueue(new MockResponse().setBody("<SubscriptionsResponse><Subscriptions><Subscription>"
                + "<SubscriptionId>1f4e1a2b</SubscriptionId></Subscription></Subscriptions></SubscriptionsResponse>"));

        service.subscribeCallback("orders", "https://noc.pinecrest.net/api/callbacks/dashboard",
                "dashboard-notify", "secret");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getPath()).isEqualTo("/v1.0/accounts/9900217/subscriptions");
        assertThat(normalise(request.getBody().readUtf8()))
                .isEqualTo(normalise(Fixtures.read("subscription-request.xml")));
    }

    private static String normalise(String xml) {
        return xml.replaceAll(">\\s+<", "><").replaceAll("<\\?xml[^>]*>", "").trim();
    }
}
