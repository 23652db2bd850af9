package net.kestrelridge.provisioning.dashboard;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Map;
import net.kestrelridge.provisioning.support.DashboardStubs;
import org.junit.jupiter.api.Test;

class InventorySearchApiTest extends DashboardStubs {

    private static final String SEARCH_RESULT = """
            <SearchResult>
                <ResultCount>2</ResultCount>
                <TelephoneNumberList>
                    <TelephoneNumber>9842150301</TelephoneNumber>
                    <TelephoneNumber>9842150302</TelephoneNumber>
                </TelephoneNumberList>
            </SearchResult>
            """;

    private InventorySearchApi api() {
        return new InventorySearchApi(client, uris, Caffeine.newBuilder().build());
    }

    @Test
    void searchesAvailableNumbersByAreaCode() {
        stubFor(get(urlPathEqualTo(API + "/availableNumbers"))
                .withQueryParam("areaCode", equalTo("984"))
                .willReturn(okXml(SEARCH_RESULT)));

        List<String> found = api().availableInAreaCode(984, 2);

        assertThat(found).containsExactly("9842150301", "9842150302");
        verify(getRequestedFor(urlPathEqualTo(API + "/availableNumbers")).withQueryParam("quantity", equalTo("2")));
    }

    @Test
    void countryAwareSearch() {
        stubFor(get(urlPathEqualTo(API + "/availableNumbers"))
                .withQueryParam("countryCodeA3", equalTo("USA"))
                .withQueryParam("areaCode", equalTo("984"))
                .willReturn(okXml(SEARCH_RESULT)));

        assertThat(api().searchInCountry("USA", "984", 2).resultCount).isEqualTo(2);
    }

    @Test
    void inServiceNumbersUseTheLowerCaseFilter() {
        stubFor(get(urlPathEqualTo(API + "/inserviceNumbers")).willReturn(okXml(fixture("fixtures/inservice-numbers.xml"))));
        InserviceNumbersApi inService = new InserviceNumbersApi(client, uris, catalog);

        List<String> tns = inService.inAreaCode(919);

        verify(getRequestedFor(urlPathEqualTo(API + "/inserviceNumbers")).withQueryParam("areacode", equalTo("919")));
        Map<Integer, List<String>> grouped = inService.groupByAreaCode(tns);
        assertThat(grouped).containsOnlyKeys(919);
        assertThat(grouped.get(919)).hasSize(3);
    }
}
