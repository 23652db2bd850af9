package com.lumenline.provisioning.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.lumenline.provisioning.config.DashboardProperties;
import com.lumenline.provisioning.support.Fixtures;
import com.lumenline.provisioning.support.TestDashboardProperties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.web.reactive.function.client.WebClient;

class AvailableNumbersClientWireMockTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private AvailableNumbersClient client;

    @BeforeEach
    void setUp() {
        DashboardProperties props = TestDashboardProperties.of(wm.baseUrl() + "/api", "123");
        WebClient v1 = WebClient.create(props.baseUrl());
        WebClient v2 = WebClient.create(wm.baseUrl() + "/api/v2");
        client = new AvailableNumbersClient(v1, v2, props);
    }

    @Test
    void searchesByAreaCode() {
        wm.stubFor(get(urlPathEqualTo("/api/accounts/123/availableNumbers"))
                .withQueryParam("areaCode", equalTo("919"))
                .withQueryParam("quantity", equalTo("2"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBody(Fixtures.read("responses/search-result.xml"))));

        List<String> numbers = client.searchByAreaCode("919", 2).block();

        assertThat(numbers).containsExactly("9195551201", "9195551202");
    }

    @Test
    void v2SearchSendsCountry() {
        wm.stubFor(get(urlPathEqualTo("/api/v2/accounts/123/availableNumbers"))
                .withQueryParam("countryCodeA3", equalTo("USA"))
                .withQueryParam("areaCode", equalTo("919"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBody(Fixtures.read("responses/search-result-v2.xml"))));

        assertThat(client.searchByAreaCodeV2("919", 2).block()).containsExactly("+19195551201", "+19195551202");
    }
}
