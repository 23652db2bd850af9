package net.cobaltline.inventory.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import net.cobaltline.inventory.client.DashboardSipPeerClient;
import net.cobaltline.inventory.domain.InventoryRepository;
import net.cobaltline.inventory.support.DashboardStubs;
import net.cobaltline.inventory.support.TestDashboardConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static net.cobaltline.inventory.support.DashboardStubs.API;
import static net.cobaltline.inventory.support.DashboardStubs.BASE_PATH;

class SipPeerTnServiceTest {

    private static final String TN_PATH = API + "/sites/4512/sippeers/508812/tns/";

    @RegisterExtension
    static WireMockExtension wm = DashboardStubs.server();

    private SipPeerTnService service;

    @BeforeEach
    void setUp() {
        service = new SipPeerTnService();
        service.sipPeers = DashboardStubs.restClient(wm, BASE_PATH, DashboardSipPeerClient.class);
        service.config = TestDashboardConfig.pointingAt(wm.baseUrl() + BASE_PATH);
        service.repository = new InventoryRepository();
        wm.stubFor(put(urlPathMatching(TN_PATH + "\\d+")).willReturn(aResponse().withStatus(200)));
    }

    @Test
    void enablesSmsOnTheSipPeerNumber() {
        service.enableSms("9195550142", "CMP-7781");

        wm.verify(putRequestedFor(urlEqualTo(TN_PATH + "9195550142"))
                .withRequestBody(matchingXPath("//MessagingSettings/SmsEnabled", equalTo("true"))));
    }

    @Test
    void forwardsCalls() {
        service.forwardCalls("9195550142", "9195550199");

        wm.verify(putRequestedFor(urlEqualTo(TN_PATH + "9195550142"))
                .withRequestBody(matchingXPath("//CallForward", equalTo("9195550199"))));
    }

    @Test
    void switchesSmsInBulkThroughTnOptions() {
        wm.stubFor(post(urlEqualTo(API + "/tnoptions")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", API + "/tnoptions/6a1b2c3d")));

        service.switchSmsInBulk(List.of("+19195550142", "+19195550143"), true);

        wm.verify(postRequestedFor(urlEqualTo(API + "/tnoptions"))
                .withRequestBody(matchingXPath("//TnOptionGroup/Sms", equalTo("on"))));
    }
}
