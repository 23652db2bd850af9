package net.harborlinecarrier.tnvault.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import net.harborlinecarrier.tnvault.core.NpaNxxAvailability;
import net.harborlinecarrier.tnvault.support.Fixtures;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NumberSearchClientTest {

    private MockWebServer server;
    private NumberSearchClient client;

    @BeforeEach
    void setUp() throws IOException {
        server = new MockWebServer();
        server.start();
        client = new NumberSearchClient(Fixtures.account(server), "USA");
    }

    @AfterEach
    void tearDown() throws IOException {
        server.shutdown();
    }

    private void respond(String xml) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "application/xml").setBody(xml));
    }

    @Test
    void searchesSpareNumbersByAreaCode() throws Exception {
        respond("""
                <SearchResult>
                  <ResultCount>2</ResultCount>
                  <TelephoneNumberList>
                    <TelephoneNumber>9195550181</TelephoneNumber>
                    <TelephoneNumber>9195550182</TelephoneNumber>
                  </TelephoneNumberList>
                </SearchResult>
                """);

        List<String> tns = client.availableByAreaCode("919", 2);

        assertThat(tns).containsExactly("9195550181", "9195550182");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/api/accounts/9901287/availableNumbers?areaCode=919&quantity=2");
    }

    @Test
    void canadianSearchSendsTheCountry() throws Exception {
        respond("<SearchResult><ResultCount>0</ResultCount></SearchResult>");

        client.availableInCountry("CAN", "613", 5);

        assertThat(server.takeRequest().getPath())
                .isEqualTo("/api/accounts/9901287/availableNumbers?countryCodeA3=CAN&areaCode=613&quantity=5");
    }

    @Test
    void inServiceUsesTheLowerCaseFilter() throws Exception {
        respond("<TNs><TotalCount>1</TotalCount><TelephoneNumbers><TelephoneNumber>7045550190</TelephoneNumber>"
                + "</TelephoneNumbers></TNs>");

        client.inServiceByAreaCode(704, 1);

        RecordedRequest request = server.takeRequest();
        assertThat(request.getRequestUrl().queryParameter("areacode")).isEqualTo("704");
        assertThat(request.getRequestUrl().queryParameter("size")).isEqualTo("1000");
    }

    @Test
    void exchangesAreMappedFromTheNpaNxxSearch() throws Exception {
        respond(Fixtures.read("fixtures/available-npanxx.xml"));

        List<NpaNxxAvailability> rows = client.exchanges("919");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).npa()).isEqualTo(919);
        assertThat(rows.get(0).prefix()).isEqualTo("919-555");
        assertThat(server.takeRequest().getPath())
                .isEqualTo("/api/accounts/9901287/availableNpaNxx?areaCode=919&quantity=10");
    }
}
