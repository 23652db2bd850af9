package net.kestrelwave.integration.e911;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import net.kestrelwave.integration.config.DashboardProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.DefaultUriBuilderFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboard E911 and SafePoint (nomadic E911), both stubbed: neither sandbox is reachable from CI.
 */
@WireMockTest
class E911AddressClientTest {

    private DashboardProperties props;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        props = new DashboardProperties();
        props.setBaseUrl(wm.getHttpBaseUrl() + "/api");
        props.setAccountId("9900123");
    }

    @Test
    void listsAddresses() {
        stubFor(get(urlPathEqualTo("/api/accounts/9900123/addresses"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBody("""
                                <AddressesResponse>
                                  <TotalCount>1</TotalCount>
                                  <Addresses>
                                    <Address>
                                      <AddressId>ad-5512</AddressId>
                                      <HouseNumber>5200</HouseNumber>
                                      <StreetName>Six Forks Rd</StreetName>
                                      <City>Raleigh</City>
                                      <StateCode>NC</StateCode>
                                      <Zip>27609</Zip>
                                      <CallbackNumber>9195550100</CallbackNumber>
                                    </Address>
                                  </Addresses>
                                </AddressesResponse>
                                """)));

        String xml = new E911AddressClient(new RestTemplate(), props).listAddresses(1);

        assertThat(xml).contains("<AddressId>ad-5512</AddressId>");
    }

    @Test
    void createsAddress() {
        stubFor(post(urlEqualTo("/api/accounts/9900123/addresses"))
                .willReturn(aResponse().withStatus(201).withBody("<AddressResponse><AddressId>ad-7781</AddressId></AddressResponse>")));
        E911Address hq = new E911Address("5200", "Six Forks Rd", "Suite 300", "Raleigh", "NC", "27609-4415", "+19195550100");

        new E911AddressClient(new RestTemplate(), props).createAddress(hq);

        verify(anyRequestedFor(anyUrl()).withRequestBody(containing("<Zip>27609</Zip>")));
    }

    @Test
    void registersNomadicLocationWithSafePoint(WireMockRuntimeInfo wm) {
        stubFor(post(urlEqualTo("/api/v1/accounts/kestrelwave/addresses"))
                .willReturn(aResponse().withStatus(201).withBody("{\"locationId\":\"loc_8c21\",\"validated\":true}")));
        RestTemplate rest = new RestTemplate();
        rest.setUriTemplateHandler(new DefaultUriBuilderFactory() {
            @Override
            public java.net.URI expand(String uriTemplate, Object... uriVars) {
                return super.expand(uriTemplate.replace("https://api.safepoint911.com", wm.getHttpBaseUrl()), uriVars);
            }
        });
        E911Address home = new E911Address("17", "Glenwood Ave", null, "Raleigh", "NC", "27603", "+19195550142");

        new SafePoint911Client(rest).registerLocation(home, "softphone-3317");

        verify(postRequestedFor(urlEqualTo("/api/v1/accounts/kestrelwave/addresses"))
                .withRequestBody(containing("\"callbackNumber\": \"9195550142\"")));
    }
}
