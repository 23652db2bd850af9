package net.tidewaterconnect.numbering.dashboard;

import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import net.tidewaterconnect.numbering.config.DashboardProperties;
import net.tidewaterconnect.numbering.config.TestDashboardClients;
import net.tidewaterconnect.numbering.dashboard.api.SipPeerTnApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.junit.jupiter.MockServerExtension;
import org.mockserver.model.StringBody;
import org.mockserver.verify.VerificationTimes;
import org.springframework.web.client.RestClient;

@ExtendWith(MockServerExtension.class)
class SipPeerTnClientTest {

    private static final String LAB_TN_PATH = "/api/accounts/5009876/sites/3101/sippeers/552190/tns/7575550142";

    private final ClientAndServer server;
    private SipPeerTnClient client;

    SipPeerTnClientTest(ClientAndServer server) {
        this.server = server;
    }

    @BeforeEach
    void setUp() {
        server.reset();
        DashboardProperties props = TestDashboardClients.props(server.getPort());
        RestClient rest = TestDashboardClients.restClient(props);
        SipPeerTnApi api = TestDashboardClients.proxyFactory(rest).createClient(SipPeerTnApi.class);
        client = new SipPeerTnClient(rest, api, TestDashboardClients.templates(), props);
    }

    @Test
    void togglesSmsOnTheNumber() {
        server.when(request().withMethod("PUT").withPath(LAB_TN_PATH))
                .respond(response().withStatusCode(200));

        client.setSms("7575550142", true);

        server.verify(request().withMethod("PUT")
                        .withPath(LAB_TN_PATH)
                        .withBody(StringBody.subString("<SmsEnabled>true</SmsEnabled>")),
                VerificationTimes.once());
    }

    @Test
    void forwardsCallsWithoutTouchingMessaging() {
        server.when(request().withMethod("PUT").withPath("/api/accounts/5009876/sites/3101/sippeers/552190/tns/.*"))
                .respond(response().withStatusCode(200));

        client.forwardCalls("+17575550143", "+18045550100");

        server.verify(request().withMethod("PUT")
                .withBody(StringBody.subString("<CallForward>+18045550100</CallForward>")));
    }
}
