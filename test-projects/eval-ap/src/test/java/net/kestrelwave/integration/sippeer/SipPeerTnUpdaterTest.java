package net.kestrelwave.integration.sippeer;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import net.kestrelwave.integration.config.DashboardProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;

@WireMockTest
class SipPeerTnUpdaterTest {

    private SipPeerTnUpdater updater;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        DashboardProperties props = new DashboardProperties();
        props.setBaseUrl(wm.getHttpBaseUrl() + "/api");
        props.setAccountId("9900123");
        props.setSiteId("4410");
        props.setSipPeerId("581207");
        updater = new SipPeerTnUpdater(new RestTemplate(), props);
        stubFor(put(urlPathMatching("/api/accounts/9900123/sites/4410/sippeers/581207/tns/.*"))
                .willReturn(aResponse().withStatus(200)));
    }

    @Test
    void enablesSms() {
        updater.setSms("9195550150", true);

        verify(putRequestedFor(urlPathMatching(".*/tns/9195550150"))
                .withRequestBody(containing("<SmsEnabled>true</SmsEnabled>")));
    }

    @Test
    void forwardsCalls() {
        updater.updateCallForward("9195550151", "+19195550100");

        verify(putRequestedFor(urlPathMatching(".*/tns/9195550151"))
                .withRequestBody(containing("<CallForward>+19195550100</CallForward>")));
    }
}
