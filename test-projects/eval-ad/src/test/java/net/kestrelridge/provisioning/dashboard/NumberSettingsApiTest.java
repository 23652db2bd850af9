package net.kestrelridge.provisioning.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;

import java.util.List;
import net.kestrelridge.provisioning.support.DashboardStubs;
import org.junit.jupiter.api.Test;

/**
 * SIP peer TN settings, TN option orders and callback subscriptions.
 */
class NumberSettingsApiTest extends DashboardStubs {

    private static final String TN_PATH = "/api/accounts/9900417/sites/4417/sippeers/551203/tns/9193350177";

    @Test
    void smsToggleSendsMessagingSettings() {
        stubFor(put(urlPathEqualTo(TN_PATH)).willReturn(ok()));

        new SipPeerTnApi(client, uris, settings, templates).setSms("9193350177", true);

        verify(putRequestedFor(urlPathEqualTo(TN_PATH))
                .withRequestBody(matchingXPath("//MessagingSettings/SmsEnabled[text()='true']")));
    }

    @Test
    void routingUpdateLeavesSmsAlone() {
        stubFor(put(urlPathEqualTo(TN_PATH)).willReturn(ok()));

        new SipPeerTnApi(client, uris, settings, templates).updateRouting("9193350177", "9193350199", "e164");

        verify(putRequestedFor(urlPathEqualTo(TN_PATH))
                .withRequestBody(matchingXPath("//CallForward[text()='9193350199']"))
                .withRequestBody(notContaining("MessagingSettings")));
    }

    @Test
    void smsThroughTnOptionOrder() {
        stubFor(post(urlPathEqualTo(API + "/tnoptions")).willReturn(aResponse().withStatus(201)));

        new TnOptionsApi(client, uris).setSms("KR-SMS-5", List.of("+19193350177"), false);

        verify(postRequestedFor(urlPathEqualTo(API + "/tnoptions"))
                .withRequestBody(matchingXPath("//TnOptionGroup/Sms[text()='off']")));
    }

    @Test
    void subscribesToOrderCallbacks() {
        stubFor(post(urlPathEqualTo(API + "/subscriptions")).willReturn(aResponse().withStatus(201)));

        new SubscriptionApi(client, uris, settings, templates).subscribeCallbacks("orders");

        verify(postRequestedFor(urlPathEqualTo(API + "/subscriptions"))
                .withRequestBody(matchingXPath("//CallbackSubscription/URL[text()='http://localhost:18089/hooks']"))
                .withRequestBody(matchingXPath("//CallbackSubscription/Expiry[text()='3122064000']")));
    }
}
