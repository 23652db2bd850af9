package net.cedarline.numberdesk.dashboard.search;

import static net.cedarline.numberdesk.testutil.TestSettings.BASE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.metrics.MetricsReporter;
import net.cedarline.numberdesk.testutil.RecordingTransport;
import net.cedarline.numberdesk.testutil.TestSettings;

class NumberSearchClientTest {

    private RecordingTransport transport;
    private NumberSearchClient client;

    @BeforeEach
    void setUp() {
        transport = new RecordingTransport();
        client = new NumberSearchClient(transport, TestSettings.urls(), SearchPresets.load());
    }

    @Test
    void searchesByAreaCode() {
        transport.respond(200, """
                <SearchResult>
                  <ResultCount>2</ResultCount>
                  <TelephoneNumberList>
                    <TelephoneNumber>9195550201</TelephoneNumber>
                    <TelephoneNumber>9195550202</TelephoneNumber>
                  </TelephoneNumberList>
                </SearchResult>
                """);

        List<String> numbers = client.availableInAreaCode("919", 10);

        assertEquals(List.of("9195550201", "9195550202"), numbers);
        assertEquals(BASE + "/accounts/9900412/availableNumbers?areaCode=919&quantity=10", transport.last().url());
    }

    @Test
    void presetUsesTheTemplateFromJson() {
        client.availableForPreset("durham");

        assertTrue(transport.last().url().endsWith("/accounts/9900412/availableNumbers?areaCode=984&quantity=10"));
    }

    @Test
    void inServiceRepeatsTheAreaCodeFilter() {
        client.inService(List.of("919", "984"));

        assertTrue(transport.last().url().contains("?areacode=919&areacode=984&size=1000"));
    }

    @Test
    void inServiceUsaAlreadySendsTheCountry() {
        client.inServiceUsa("336");

        assertTrue(transport.last().url().endsWith("/inserviceNumbers?countryCodeA3=USA&areaCode=336"));
    }

    @Test
    void endpointInventoryListsAnnotatedMethods() {
        List<String> endpoints = MetricsReporter.endpointInventory(NumberSearchClient.class);

        assertEquals(2, endpoints.size());
    }
}
