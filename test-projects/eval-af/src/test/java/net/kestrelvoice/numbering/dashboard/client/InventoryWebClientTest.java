package net.kestrelvoice.numbering.dashboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.kestrelvoice.numbering.dashboard.model.InserviceNumbersResponse;
import net.kestrelvoice.numbering.support.RecordingFilter;
import net.kestrelvoice.numbering.support.TestDashboard;

class InventoryWebClientTest {

    private static final String SEARCH_RESULT = """
            <SearchResult>
              <ResultCount>3</ResultCount>
              <TelephoneNumberList>
                <TelephoneNumber>9193451101</TelephoneNumber>
                <TelephoneNumber>9193451102</TelephoneNumber>
                <TelephoneNumber>9193451107</TelephoneNumber>
              </TelephoneNumberList>
            </SearchResult>
            """;

    private RecordingFilter recorder;
    private InventoryWebClient client;

    @BeforeEach
    void setUp() {
        recorder = new RecordingFilter();
        client = new InventoryWebClient(TestDashboard.webClients(recorder));
    }

    @Test
    void searchesByAreaCode() {
        recorder.respondXml(SEARCH_RESULT);

        List<String> tns = client.searchByAreaCode("919", 3);

        assertThat(tns).containsExactly("9193451101", "9193451102", "9193451107");
        assertThat(recorder.last().uri())
                .isEqualTo("https://dashboard.bandwidth.com/api/accounts/9900117/availableNumbers?areaCode=919&quantity=3");
    }

    @Test
    void countrySearchCarriesCountry() {
        recorder.respondXml(SEARCH_RESULT);

        client.searchInCountry("USA", "919", 3);

        assertThat(recorder.last().uri()).endsWith("/availableNumbers?countryCodeA3=USA&areaCode=919&quantity=3");
    }

    @Test
    void inserviceUsesLowerCaseParameter() {
        recorder.respondXml("""
                <TNs>
                  <TotalCount>2</TotalCount>
                  <TelephoneNumbers>
                    <TelephoneNumber>7042290155</TelephoneNumber>
                    <TelephoneNumber>7042290156</TelephoneNumber>
                  </TelephoneNumbers>
                </TNs>
                """);

        InserviceNumbersResponse response = client.inserviceByAreaCode(704);

        assertThat(response.getTelephoneNumbers()).containsExactly(7042290155L, 7042290156L);
        assertThat(recorder.last().uri()).contains("/inserviceNumbers?areacode=704&size=500");
    }

    @Test
    void npaNxxQueryIsEncoded() {
        recorder.respondXml("<SearchResultForAvailableNpaNxx/>");

        client.npaNxx("910", "NC");

        assertThat(recorder.last().uri()).endsWith("/availableNpaNxx?areaCode=910&state=NC");
    }
}
