package net.tidewatertel.numbering.dashboard;

import static net.tidewatertel.numbering.support.TestFixtures.ACCOUNT;
import static net.tidewatertel.numbering.support.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.queryParam;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

import java.util.List;

import net.tidewatertel.numbering.config.DashboardProperties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.client.RestClientTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.client.MockRestServiceServer;

@RestClientTest(InventoryClient.class)
@EnableConfigurationProperties(DashboardProperties.class)
@ActiveProfiles("test")
class InventoryClientTest {

    @Autowired
    private MockRestServiceServer server;

    @Autowired
    private InventoryClient client;

    @Test
    void pagesThroughInServiceNumbers() {
        server.expect(requestTo("https://dashboard.bandwidth.com/api/accounts/5006071/inserviceNumbers?areacode=757&page=1&size=500"))
                .andRespond(withSuccess("""
                        <TNs>
                            <TotalCount>2</TotalCount>
                            <TelephoneNumbers>
                                <TelephoneNumber>7575550100</TelephoneNumber>
                                <TelephoneNumber>7575550101</TelephoneNumber>
                            </TelephoneNumbers>
                        </TNs>
                        """, MediaType.APPLICATION_XML));

        assertThat(client.inServiceNumbers("757")).containsExactly("7575550100", "7575550101");
        server.verify();
    }

    @Test
    void searchesByAreaCode() {
        server.expect(requestTo(startsWith(ACCOUNT + "/availableNumbers")))
                .andExpect(queryParam("areaCode", "757"))
                .andExpect(queryParam("quantity", "2"))
                .andRespond(withSuccess(fixture("search-result-757.xml"), MediaType.APPLICATION_XML));

        assertThat(client.available("757", 2)).hasSize(2);
        server.verify();
    }

    @Test
    void searchesSeveralAreaCodesInOneRequest() {
        server.expect(requestTo(ACCOUNT + "/availableNumbers?quantity=5&areaCode=757&areaCode=252"))
                .andRespond(withSuccess("<SearchResult><ResultCount>0</ResultCount></SearchResult>",
                        MediaType.APPLICATION_XML));

        assertThat(client.availableInAny(List.of("757", "252"), 5)).isEmpty();
        server.verify();
    }

    @Test
    void exchangeSearchSendsCountry() {
        server.expect(requestTo(ACCOUNT + "/availableNumbers?countryCodeA3=USA&areaCode=757&nxx=555&quantity=3"))
                .andRespond(withSuccess(fixture("search-result-757.xml"), MediaType.APPLICATION_XML));

        assertThat(client.availableInExchange("757", "555", 3)).isNotEmpty();
        server.verify();
    }
}
