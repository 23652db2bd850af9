package com.lumenline.provisioning.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.bandwidth.iris.sdk.model.AvailableNumbers;
import com.bandwidth.iris.sdk.model.ImportTnOrder;
import com.bandwidth.iris.sdk.model.TelephoneNumberDetails;
import com.bandwidth.iris.sdk.model.Tns;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.lumenline.provisioning.support.Fixtures;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Runs the real Iris SDK against WireMock, to pin down which URLs it actually sends.
 */
class IrisSdkWireMockTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private IrisClient client;

    @BeforeEach
    void setUp() {
        client = new IrisClient(wm.baseUrl(), "9900123", "svc-test", "secret", "v1.0");
    }

    @Test
    void tnDetailsGoToVersionedPath() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/v1.0/tns/9195551212/tndetails"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBody(Fixtures.read("responses/tn-details.xml"))));

        TelephoneNumberDetails details = Tns.getTnDetails(client, "9195551212");

        assertThat(details.getFullNumber()).isEqualTo("9195551212");
    }

    @Test
    void searchesByAreaCode() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/v1.0/accounts/9900123/availableNumbers"))
                .withQueryParam("areaCode", equalTo("205"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBody(Fixtures.read("responses/search-result.xml"))));

        Map<String, Object> query = new HashMap<>();
        query.put("areaCode", "205");
        query.put("quantity", 2);
        List<?> numbers = AvailableNumbers.search(client, query);

        assertThat(numbers).hasSize(2);
    }

    @Test
    void importOrderLookupUsesSdkPath() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/v1.0/accounts/9900123/importTnOrders/b05de7e6-0cab-4c83-81bb-9379cba8efd0"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBody(Fixtures.read("responses/import-tn-order-response.xml"))));

        ImportTnOrder order = ImportTnOrder.Get(client, "b05de7e6-0cab-4c83-81bb-9379cba8efd0");

        assertThat(order.getProcessingStatus()).isEqualTo("PROCESSING");
    }

    @Test
    void v2ClientBuildsV2Urls() throws Exception {
        IrisClient v2 = new IrisClient("https://dashboard.bandwidth.com", "9900123", "svc-test", "secret", "api/v2");

        assertThat(v2.buildAccountModelUri(new String[]{"tnoptions"}))
                .isEqualTo("https://dashboard.bandwidth.com/api/v2/accounts/9900123/tnoptions");
    }
}
