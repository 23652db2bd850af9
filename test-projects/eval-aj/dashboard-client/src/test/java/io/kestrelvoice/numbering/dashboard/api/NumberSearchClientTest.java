package io.kestrelvoice.numbering.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.method;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import io.kestrelvoice.numbering.dashboard.DashboardRestClient;
import io.kestrelvoice.numbering.dashboard.DashboardUrls;
import io.kestrelvoice.numbering.dashboard.model.NpaNxxBlock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestTemplate;

class NumberSearchClientTest {

    private static final String BASE = "https://dashboard.bandwidth.com/api";

    private MockRestServiceServer server;
    private NumberSearchClient client;

    @BeforeEach
    void setUp() {
        RestTemplate restTemplate = new RestTemplate();
        server = MockRestServiceServer.bindTo(restTemplate).build();
        client = new NumberSearchClient(new DashboardRestClient(restTemplate, new DashboardUrls(BASE, "9900012")));
    }

    @Test
    void searchesByAreaCode() {
        server.expect(requestTo(BASE + "/accounts/9900012/availableNumbers?areaCode=919&quantity=2"))
                .andExpect(method(HttpMethod.GET))
                .andRespond(withSuccess("""
                        <SearchResult>
                            <ResultCount>2</ResultCount>
                            <TelephoneNumberList>
                                <TelephoneNumber>9195550170</TelephoneNumber>
                                <TelephoneNumber>9195550171</TelephoneNumber>
                            </TelephoneNumberList>
                        </SearchResult>
                        """, MediaType.APPLICATION_XML));

        List<String> numbers = client.searchByAreaCode("919", 2);

        assertThat(numbers).containsExactly("9195550170", "9195550171");
        server.verify();
    }

    @Test
    void internationalSearchCarriesCountry() {
        server.expect(requestTo(BASE + "/accounts/9900012/availableNumbers?countryCodeA3=GBR&areaCode=020&quantity=1"))
                .andRespond(withSuccess("<SearchResult><TelephoneNumberList><TelephoneNumber><FullNumber>+442079460958</FullNumber></TelephoneNumber></TelephoneNumberList></SearchResult>",
                        MediaType.APPLICATION_XML));

        assertThat(client.searchInternational("GBR", "020", 1)).containsExactly("+442079460958");
    }

    @Test
    void parsesNpaNxxBlocks() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/9900012/availableNpaNxx?areaCode=984"))
                .andRespond(withSuccess("<SearchResultForAvailableNpaNxx><AvailableNpaNxxList>"
                        + "<AvailableNpaNxx><City>RALEIGH</City><Npa>984</Npa><Nxx>205</Nxx><Quantity>14</Quantity><State>NC</State></AvailableNpaNxx>"
                        + "</AvailableNpaNxxList></SearchResultForAvailableNpaNxx>", MediaType.APPLICATION_XML));

        List<NpaNxxBlock> blocks = client.npaNxxBlocks("984");

        assertThat(blocks).singleElement().satisfies(b -> {
            assertThat(b.areaCode()).isEqualTo(984);
            assertThat(b.quantity()).isEqualTo(14);
        });
    }
}
