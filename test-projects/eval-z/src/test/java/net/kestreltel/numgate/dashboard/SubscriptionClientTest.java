package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.support.DashboardTestSupport.props;
import static net.kestreltel.numgate.support.DashboardTestSupport.take;
import static net.kestreltel.numgate.support.DashboardTestSupport.webClient;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.kestreltel.numgate.config.DashboardProperties;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class SubscriptionClientTest {

    private MockWebServer server;
    private SubscriptionClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = props(server);
        client = new SubscriptionClient(webClient(props), props);
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void subscribesToOrderCallbacks() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setBody("<SubscriptionResponse/>"));

        StepVerifier.create(client.subscribe("orders")).expectNextCount(1).verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900123/subscriptions");
        String body = request.getBody().readUtf8();
        assertThat(body).contains("<OrderType>orders</OrderType>");
        assertThat(body).contains("<Expiry>3122064000</Expiry>");
        assertThat(body).contains("<URL>https://numgate.test/api/v1/callbacks/dashboard</URL>");
    }

    @Test
    void portOutSubscriptionAsksForE164() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(201).setBody("<SubscriptionResponse/>"));

        StepVerifier.create(client.subscribePortOuts()).expectNextCount(1).verifyComplete();

        String body = take(server).getBody().readUtf8();
        assertThat(body).contains("<NumberFormat>E164</NumberFormat>");
        assertThat(body).contains("<URL>https://numgate.test/api/v1/callbacks/dashboard/port-outs</URL>");
    }
}
