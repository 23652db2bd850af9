package com.kestrelvoice.numlife.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

class SipPeerTnClientTest {

    private MockRestServiceServer server;
    private SipPeerTnClient client;

    @BeforeEach
    void setUp() {
        RestClient.Builder builder = RestClient.builder().baseUrl(DashboardTestSupport.TEST_BASE_URL);
        server = MockRestServiceServer.bindTo(builder).build();
        client = new SipPeerTnClient(builder.build(), DashboardTestSupport.properties(DashboardTestSupport.TEST_BASE_URL));
    }

    @Test
    void messagingIsSetOnTheNumber() {
        server.expect(requestTo("https://test.dashboard.bandwidth.com/api/accounts/9900123/sites/38211/sippeers/562114/tns/9194240133"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().string(containsString("<SmsEnabled>true</SmsEnabled>")))
                .andRespond(withSuccess());

        client.setMessaging("9194240133", true);

        server.verify();
    }

    @Test
    void callForwardCarriesNoMessagingSettings() {
        server.expect(requestTo(startsWith(DashboardTestSupport.TEST_BASE_URL + "/accounts/9900123/sites/38211/sippeers/562114/tns/")))
                .andExpect(content().string(not(containsString("MessagingSettings"))))
                .andRespond(withSuccess());

        client.setCallForward("+19194240134", "+19194240100");

        server.verify();
    }
}
