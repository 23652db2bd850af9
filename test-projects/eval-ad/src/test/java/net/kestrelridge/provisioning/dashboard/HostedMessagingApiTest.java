package net.kestrelridge.provisioning.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToXml;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.kestrelridge.provisioning.support.DashboardStubs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HostedMessagingApiTest extends DashboardStubs {

    private static final String IMPORT_ORDER_ID = "b05de7e6-0cab-4c83-81bb-9379cba8efd0";

    private HostedMessagingApi api;

    @BeforeEach
    void createApi() {
        api = new HostedMessagingApi(client, uris, settings, templates);
    }

    @Test
    void importsNumbersForHostedMessaging() {
        stubFor(post(urlPathEqualTo("/api/accounts/9900417/importTnOrders"))
                .willReturn(okXml("<ImportTnOrder><OrderId>" + IMPORT_ORDER_ID + "</OrderId></ImportTnOrder>")));

        String orderId = api.importNumbers("KR-HM-118", "Dana Whitfield", List.of("9842150190", "9842150191"));

        assertThat(orderId).isEqualTo(IMPORT_ORDER_ID);
        verify(postRequestedFor(urlPathEqualTo("/api/accounts/9900417/importTnOrders"))
                .withRequestBody(matchingXPath("//LoaType[text()='CARRIER']"))
                .withRequestBody(matchingXPath("//TelephoneNumber[text()='9842150190']")));
    }

    @Test
    void removesImportedNumbers() {
        stubFor(post(urlPathEqualTo(API + "/removeImportedTnOrders"))
                .willReturn(okXml("<ImportTnOrder><OrderId>rm-5521</OrderId></ImportTnOrder>")));

        api.removeNumbers("KR-HM-119", List.of("19842150190"));

        verify(postRequestedFor(urlPathEqualTo(API + "/removeImportedTnOrders"))
                .withRequestBody(equalToXml("""
                        <RemoveImportedTnOrder>
                            <CustomerOrderId>KR-HM-119</CustomerOrderId>
                            <TelephoneNumbers>
                                <TelephoneNumber>19842150190</TelephoneNumber>
                            </TelephoneNumbers>
                        </RemoveImportedTnOrder>
                        """)));
    }

    @Test
    void readsImportHistory() {
        stubFor(get(urlPathMatching(API + "/importTnOrders/[^/]+/history")).willReturn(okXml("<OrderHistoryWrapper/>")));

        assertThat(api.history(IMPORT_ORDER_ID)).contains("OrderHistoryWrapper");
    }

    @Test
    void voiceImportsUseTheVoiceRoute() {
        stubFor(post(urlPathEqualTo(API + "/importTnOrders/voice")).willReturn(okXml("<ImportTnOrder/>")));

        api.importVoiceNumbers("KR-V-7", List.of("+19842150192"));

        verify(postRequestedFor(urlPathEqualTo(API + "/importTnOrders/voice")));
    }

    @Test
    void importsExternalNumbers() {
        stubFor(post(urlPathEqualTo(API + "/externalTns")).willReturn(okXml("<ExternalTnsOrderResponse/>")));

        new ExternalTnsApi(client, uris, settings).importExternal("KR-EXT-3", List.of("9196730021"));

        verify(postRequestedFor(urlPathEqualTo(API + "/externalTns"))
                .withRequestBody(containing("<Action>IMPORT</Action>"))
                .withRequestBody(containing("<SipPeerId>551203</SipPeerId>")));
    }
}
