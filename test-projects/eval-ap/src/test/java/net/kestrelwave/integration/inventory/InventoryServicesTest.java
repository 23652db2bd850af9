package net.kestrelwave.integration.inventory;

import java.util.List;
import java.util.Map;

import com.bandwidth.iris.sdk.IrisClient;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Number search and in-service sync against a stubbed Dashboard. The availableNumbers stub is
 * in src/test/resources/mappings.
 */
@WireMockTest
class InventoryServicesTest {

    private IrisClient client;

    @BeforeEach
    void setUp(WireMockRuntimeInfo wm) {
        client = new IrisClient(wm.getHttpBaseUrl(), "9900123", "svc", "secret", "v1.0");
    }

    @Test
    void marksEveryInserviceNumberOfTheAreaCode() throws Exception {
        stubFor(get(urlPathEqualTo("/v1.0/accounts/9900123/inserviceNumbers"))
                .withQueryParam("areacode", equalTo("919"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBodyFile("inservice-numbers-919.xml")));
        InventoryStore store = new InventoryStore();

        int synced = new InserviceInventorySync(client, store).syncAreaCode("919");

        assertThat(synced).isEqualTo(3);
        assertThat(store.findByTn("9195550111")).isNotNull();
        assertThat(store.findByTn("9195550112").npa()).isEqualTo("919");
    }

    @Test
    void countsPerAreaCode() throws Exception {
        stubFor(get(urlPathEqualTo("/v1.0/accounts/9900123/inserviceNumbers"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/xml")
                        .withBody("""
                                <TNs>
                                  <TotalCount>3</TotalCount>
                                  <TelephoneNumbers>
                                    <Count>3</Count>
                                    <TelephoneNumber>9195550111</TelephoneNumber>
                                    <TelephoneNumber>9195550112</TelephoneNumber>
                                    <TelephoneNumber>7045550130</TelephoneNumber>
                                  </TelephoneNumbers>
                                </TNs>
                                """)));

        Map<Integer, Long> counts = new InserviceInventorySync(client, new InventoryStore()).countByAreaCode();

        assertThat(counts).containsEntry(919, 2L).containsEntry(704, 1L);
    }

    @Test
    void searchesByAreaCode() throws Exception {
        List<String> numbers = new NumberSearchService(client).searchByAreaCode("919", 2);

        assertThat(numbers).containsExactly("9195550131", "9195550132");
    }
}
