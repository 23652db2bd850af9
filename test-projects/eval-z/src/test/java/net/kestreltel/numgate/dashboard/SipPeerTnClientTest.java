package net.kestreltel.numgate.dashboard;

import static net.kestreltel.numgate.support.DashboardTestSupport.ACCOUNT_PATH;
import static net.kestreltel.numgate.support.DashboardTestSupport.codec;
import static net.kestreltel.numgate.support.DashboardTestSupport.props;
import static net.kestreltel.numgate.support.DashboardTestSupport.take;
import static net.kestreltel.numgate.support.DashboardTestSupport.webClient;
import static net.kestreltel.numgate.support.DashboardTestSupport.xml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.kestreltel.numgate.config.DashboardProperties;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

class SipPeerTnClientTest {

    private static final long TN = 9195550177L;

    private static final String EXPECTED_MESSAGING_BODY = """
            <?xml version='1.0' encoding='UTF-8'?>
            <SipPeerTelephoneNumber>
                <FullNumber>9195550177</FullNumber>
                <MessagingSettings>
                    <SmsEnabled>true</SmsEnabled>
                </MessagingSettings>
            </SipPeerTelephoneNumber>
            """;

    private MockWebServer server;
    private SipPeerTnClient sipPeerTns;
    private TnOptionClient tnOptions;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start();
        DashboardProperties props = props(server);
        sipPeerTns = new SipPeerTnClient(webClient(props), props, codec());
        tnOptions = new TnOptionClient(webClient(props), props, codec());
    }

    @AfterEach
    void stop() throws IOException {
        server.shutdown();
    }

    @Test
    void enablesSmsOnTheLocation() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        StepVerifier.create(sipPeerTns.setMessaging(String.valueOf(TN), true)).verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).isEqualTo("/api/accounts/9900123/sites/461/sippeers/303716/tns/9195550177");
        assertThat(request.getBody().readUtf8()).isEqualToIgnoringWhitespace(EXPECTED_MESSAGING_BODY);
    }

    @Test
    void bulkJobKeepsTheRpidFormat() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        StepVerifier.create(sipPeerTns.setMessagingKeepRpid("+19195550179", false, "e164")).verifyComplete();

        String body = take(server).getBody().readUtf8();
        assertThat(body).contains("<RPIDFormat>e164</RPIDFormat>");
        assertThat(body).contains("<SmsEnabled>false</SmsEnabled>");
    }

    @Test
    void forwardsCallsWithoutTouchingMessaging() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        StepVerifier.create(sipPeerTns.updateCallForward("9195550178", "+19195550100")).verifyComplete();

        String body = take(server).getBody().readUtf8();
        assertThat(body).contains("<CallForward>+19195550100</CallForward>");
        assertThat(body).doesNotContain("MessagingSettings");
    }

    @Test
    void smsThroughTnOptionOrder() throws Exception {
        server.enqueue(xml("<TnOptionOrderResponse><OrderId>tno-12</OrderId></TnOptionOrderResponse>"));

        StepVerifier.create(tnOptions.setSms(List.of("+19195550177"), true, "KT-1726150291-060"))
                .expectNextCount(1)
                .verifyComplete();

        RecordedRequest request = take(server);
        assertThat(request.getPath()).isEqualTo(ACCOUNT_PATH + "/tnoptions");
        assertThat(request.getBody().readUtf8()).contains("<Sms>on</Sms>", "<TelephoneNumber>+19195550177</TelephoneNumber>");
    }
}
