package com.lumenline.provisioning.dashboard;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.lumenline.provisioning.support.TestDashboardProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.client.RestTemplate;

/**
 * Stubs come from src/test/resources/wiremock/mappings (recorded against the Dashboard in 2021).
 */
class InserviceNumbersClientTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().usingFilesUnderClasspath("wiremock"))
            .build();

    private InserviceNumbersClient client() {
        RestTemplate rt = new RestTemplate(List.of(new StringHttpMessageConverter(),
                new MappingJackson2XmlHttpMessageConverter()));
        return new InserviceNumbersClient(rt, TestDashboardProperties.withBaseUrl(wm.baseUrl() + "/api"));
    }

    @Test
    void listsInServiceNumbersOfAreaCode() {
        assertThat(client().inServiceForAreaCode("919"))
                .containsExactly("9195550100", "9195550142", "9195550177");
    }

    @Test
    void convertsToLongsForBilling() {
        assertThat(client().inServiceAsLongs("919")).containsExactly(9195550100L, 9195550142L, 9195550177L);
    }
}
