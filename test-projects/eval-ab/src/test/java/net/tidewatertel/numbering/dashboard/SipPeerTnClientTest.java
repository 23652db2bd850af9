package net.tidewatertel.numbering.dashboard;

import static net.tidewatertel.numbering.support.TestFixtures.ACCOUNT;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import net.tidewatertel.numbering.config.DashboardProperties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.client.RestClientTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.client.MockRestServiceServer;

@RestClientTest(SipPeerTnClient.class)
@EnableConfigurationProperties(DashboardProperties.class)
@ActiveProfiles("test")
class SipPeerTnClientTest {

    private static final String PEER = ACCOUNT + "/sites/4410/sippeers/593201";

    @Autowired
    private MockRestServiceServer server;

    @Autowired
    private SipPeerTnClient client;

    @AfterEach
    void verify() {
        server.verify();
    }

    @Test
    void enablesSmsOnTheNumber() {
        server.expect(requestTo(PEER + "/tns/7575550123"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().string(containsString("<SmsEnabled>true</SmsEnabled>")))
                .andRespond(withSuccess());

        client.enableSms("7575550123");
    }

    @Test
    void forwardsCalls() {
        server.expect(requestTo(PEER + "/tns/7575550124"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().string(containsString("<CallForward>7575550999</CallForward>")))
                .andRespond(withSuccess());

        client.forwardCalls("7575550124", "7575550999");
    }
}
