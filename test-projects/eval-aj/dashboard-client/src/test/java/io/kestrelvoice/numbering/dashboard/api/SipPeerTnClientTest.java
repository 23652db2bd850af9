package io.kestrelvoice.numbering.dashboard.api;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.DashboardUrls;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class SipPeerTnClientTest {

    private MockRestServiceServer server;
    private SipPeerTnClient client;

    @BeforeEach
    void setUp() {
        RestTemplate restTemplate = new RestTemplate();
        server = MockRestServiceServer.bindTo(restTemplate).build();
        DashboardUrls urls = new DashboardUrls("https://test.dashboard.bandwidth.com/api/v1", "9900012");
        client = new SipPeerTnClient(new DashboardRestClient(restTemplate, urls));
    }

    @Test
    void enablesSmsOnTheLocation() {
        server.expect(requestTo(Matchers.endsWith("/sites/4501/sippeers/580211/tns/9195550142")))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().string(Matchers.containsString("<SmsEnabled>true</SmsEnabled>")))
                .andRespond(withSuccess());

        client.setMessaging("4501", "580211", "9195550142", true);

        server.verify();
    }

    @Test
    void callForwardDoesNotTouchMessaging() {
        server.expect(requestTo(Matchers.endsWith("/sites/4501/sippeers/580211/tns/%2B19195550143")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("MessagingSettings"))))
                .andRespond(withSuccess());

        client.setCallForward("4501", "580211", "%2B19195550143", "+19195550199");

        server.verify();
    }
}
