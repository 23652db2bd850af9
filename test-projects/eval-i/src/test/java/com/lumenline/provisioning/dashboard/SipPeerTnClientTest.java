package com.lumenline.provisioning.dashboard;

import static org.springframework.test.web.client.match.MockRestRequestMatchers.content;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import com.lumenline.provisioning.support.Fixtures;
import com.lumenline.provisioning.support.TestDashboardProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

class SipPeerTnClientTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    private final RestTemplate restTemplate = restTemplate();
    private final MockRestServiceServer server = MockRestServiceServer.bindTo(restTemplate).build();
    private final SipPeerTnClient client =
            new SipPeerTnClient(restTemplate, TestDashboardProperties.production(), new XmlTemplateLoader());

    private static RestTemplate restTemplate() {
        RestTemplate rt = new RestTemplate();
        rt.setUriTemplateHandler(new DefaultUriBuilderFactory(BASE));
        return rt;
    }

    @ParameterizedTest
    @CsvSource({
            "9195550100, 9195550199",
            "7045550188, 7045550101",
            "19842550177, 19842550100"
    })
    void forwardsCalls(String tn, String forwardTo) {
        server.expect(requestTo(BASE + "/accounts/9900123/sites/4821/sippeers/552190/tns/" + tn))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<CallForward>" + forwardTo)))
                .andRespond(withSuccess());

        client.setCallForward("4821", "552190", tn, forwardTo);
        server.verify();
    }

    @Test
    void enablesSmsOnLocation() {
        server.expect(requestTo(BASE + "/accounts/9900123/sites/4821/sippeers/552190/tns/9195550142"))
                .andExpect(method(HttpMethod.PUT))
                .andExpect(content().xml(Fixtures.read("requests/sippeer-tn-messaging.xml")))
                .andRespond(withSuccess());

        client.setSmsEnabled("4821", "552190", "9195550142", true);
        server.verify();
    }
}
