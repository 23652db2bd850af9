package com.pinecrestcomm.qa.numbers.provisioning;

import com.bandwidth.iris.sdk.IrisClient;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.pinecrestcomm.qa.numbers.support.Fixtures;
import com.pinecrestcomm.qa.numbers.support.WireMockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the SDK-based helper against WireMock and asserts on the recorded requests.
 */
class NumberProvisioningHelperTest {

    private static final String ACCOUNT_PATH = "/v1.0/accounts/9900012";

    private static WireMockServer wm;
    private NumberProvisioningHelper helper;

    @BeforeAll
    static void startServer() {
        wm = WireMockSupport.start();
    }

    @AfterAll
    static void stopServer() {
        wm.stop();
    }

    @BeforeEach
    void setUp() {
        wm.resetAll();
        IrisClient client = new IrisClient(wm.baseUrl(), "9900012", "qa", "secret", "v1.0");
        helper = new NumberProvisioningHelper(client, "461", "303716");
    }

    @Test
    void searchSendsAreaCode() throws Exception {
        wm.stubFor(get(urlPathEqualTo(ACCOUNT_PATH + "/availableNumbers"))
                .willReturn(WireMockSupport.okXml(Fixtures.read("responses/available-numbers.xml"))));

        List<String> found = helper.searchByAreaCode("919", 3);

        wm.verify(getRequestedFor(urlPathEqualTo(ACCOUNT_PATH + "/availableNumbers"))
                .withQueryParam("areaCode", equalTo("919")));
        assertThat(found).containsExactly("9195550101", "9195550102", "9195550103");
    }

    @Test
    void orderSendsNumbersAsGiven() throws Exception {
        wm.stubFor(post(urlPathMatching(ACCOUNT_PATH + "/orders"))
                .willReturn(WireMockSupport.okXml("<OrderResponse><OrderStatus>RECEIVED</OrderStatus></OrderResponse>")));

        helper.orderNumbers(List.of("9195550131", "9195550132"));

        wm.verify(postRequestedFor(urlPathEqualTo(ACCOUNT_PATH + "/orders"))
                .withRequestBody(containing("<TelephoneNumber>9195550131</TelephoneNumber>")));
    }
}
