package com.lumenline.provisioning.partner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.client.RestTemplate;

/**
 * The Catapult client builds absolute URLs, so this test only checks the request shape against
 * a WireMock copy of the Catapult API.
 */
class CatapultLegacyClientTest {

    @RegisterExtension
    static WireMockExtension catapult = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void localSearchUsesCatapultAreaCode() {
        catapult.stubFor(get(urlPathEqualTo("/v1/users/u-lumenline01/availableNumbers/local"))
                .withQueryParam("areaCode", equalTo("910"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("[{\"number\":\"+19104440100\",\"nationalNumber\":\"(910) 444-0100\"}]")));

        String body = new RestTemplate().getForObject(
                catapult.baseUrl() + "/v1/users/u-lumenline01/availableNumbers/local?areaCode=910&quantity=1",
                String.class);

        assertThat(body).contains("+19104440100");
        catapult.verify(getRequestedFor(urlPathEqualTo("/v1/users/u-lumenline01/availableNumbers/local")));
    }
}
