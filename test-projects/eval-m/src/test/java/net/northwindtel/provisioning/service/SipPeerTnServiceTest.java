package net.northwindtel.provisioning.service;

import com.bandwidth.iris.sdk.IrisClient;
import net.northwindtel.provisioning.client.exchange.SipPeerTnClient;
import net.northwindtel.provisioning.config.DashboardProperties;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.io.IOException;

import static net.northwindtel.provisioning.support.DashboardTestSupport.exchangeClient;
import static net.northwindtel.provisioning.support.DashboardTestSupport.properties;
import static net.northwindtel.provisioning.support.DashboardTestSupport.restClient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class SipPeerTnServiceTest {

    private MockWebServer server;
    private SipPeerTnService service;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = properties(server);
        RestClient restClient = restClient(props);
        service = new SipPeerTnService(restClient, exchangeClient(restClient, SipPeerTnClient.class),
                mock(IrisClient.class), props);
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void forwardsCallsWithoutTouchingMessaging() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        service.forwardCalls(
                "9195550188",
                "9195550199");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).isEqualTo("/accounts/9900012/sites/4613/sippeers/539692/tns/9195550188");
        assertThat(request.getBody().readUtf8()).doesNotContain("MessagingSettings");
    }

    @Test
    void textingToggleIsAPutOnTheTn() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        service.setSms("+19195550177", true);

        String body = server.takeRequest().getBody().readUtf8();
        assertThat(body).contains("<SmsEnabled>true</SmsEnabled>");
    }
}
