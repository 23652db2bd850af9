package net.harborlinecarrier.tnvault.dashboard;

import static net.harborlinecarrier.tnvault.support.Fixtures.compact;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import net.harborlinecarrier.tnvault.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SipPeerTnClientTest {

    private MockWebServer server;
    private SipPeerTnClient client;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new SipPeerTnClient(Fixtures.account(server), "1442", "508811");
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    @Test
    void smsIsSwitchedOnTheSipPeerNumber() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        client.setSms("9195550143", true);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("PUT");
        assertThat(request.getPath()).isEqualTo("/api/accounts/9901287/sites/1442/sippeers/508811/tns/9195550143");
        assertThat(compact(request.getBody().readUtf8()))
                .isEqualTo(compact(Fixtures.read("requests/sippeer-tn-sms-expected.xml")));
    }

    @Test
    void routingUpdateCarriesNoMessagingSettings() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(200));

        client.updateRouting("+19195550143", "+19195550199");

        String body = server.takeRequest().getBody().readUtf8();
        assertThat(body).contains("<CallForward>+19195550199</CallForward>");
        assertThat(body).doesNotContain("MessagingSettings");
    }
}
