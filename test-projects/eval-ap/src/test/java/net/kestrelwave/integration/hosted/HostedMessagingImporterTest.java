package net.kestrelwave.integration.hosted;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.asynchttpclient.AsyncHttpClient;
import org.asynchttpclient.Dsl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

@WireMockTest
class HostedMessagingImporterTest {

    private AsyncHttpClient http;
    private HostedMessagingImporter importer;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        http = Dsl.asyncHttpClient();
        importer = new HostedMessagingImporter(http, wm.getHttpBaseUrl() + "/v1.0", "9900123", "4410", "581207", "svc", "secret");
    }

    @AfterEach
    void tearDown() throws Exception {
        http.close();
    }

    @Test
    void postsImportOrderWithLoa() {
        stubFor(post(urlEqualTo("/v1.0/accounts/9900123/importTnOrders"))
                .willReturn(aResponse().withStatus(201).withBodyFile("import-tn-order.xml")));
        HostedBatch batch = new HostedBatch("KW-HM-2291", "Dana Whitfield", List.of(
                "9195550143",
                "9195550144"));

        String response = importer.importForMessaging(batch).join();

        assertThat(response).contains("<ProcessingStatus>PROCESSING</ProcessingStatus>");
        verify(postRequestedFor(anyUrl())
                .withRequestBody(containing("<TelephoneNumber>9195550143</TelephoneNumber>"))
                .withRequestBody(containing("<LoaType>CARRIER</LoaType>")));
    }

    @Test
    void removesFromMessaging() {
        stubFor(post(urlEqualTo("/v1.0/accounts/9900123/removeImportedTnOrders"))
                .willReturn(aResponse().withStatus(201).withBody("<RemoveImportedTnOrderResponse/>")));

        String response = importer.removeFromMessaging(new HostedBatch("KW-HM-2292", null, List.of("9195550145"))).join();

        assertThat(response).contains("RemoveImportedTnOrderResponse");
    }
}
