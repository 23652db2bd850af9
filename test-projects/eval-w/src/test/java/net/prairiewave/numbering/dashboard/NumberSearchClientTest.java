package net.prairiewave.numbering.dashboard;

import net.prairiewave.numbering.testing.Fixtures;
import net.prairiewave.numbering.testing.RecordedRequest;
import net.prairiewave.numbering.testing.RecordingDashboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberSearchClientTest {

    private RecordingDashboard fake;

    @BeforeEach
    void setUp() throws Exception {
        fake = RecordingDashboard.start()
                .respond("/accounts/9900417/availableNumbers", Fixtures.load("available-numbers.xml"))
                .respond("/accounts/9900417/inserviceNumbers", Fixtures.load("inservice-numbers.xml"));
    }

    @AfterEach
    void tearDown() {
        fake.close();
    }

    @Test
    void searchByAreaCodeSendsAreaCodeAndQuantity() {
        NumberSearchClient client = new NumberSearchClient(Fixtures.http(fake), false);

        List<String> tns = client.searchByAreaCode("605", 5);

        RecordedRequest request = fake.only();
        assertEquals(3, tns.size());
        assertEquals("/accounts/9900417/availableNumbers", request.path());
        assertEquals("areaCode=605&quantity=5", request.query());
    }

    @Test
    void pilotAddsCountryFilter() {
        NumberSearchClient client = new NumberSearchClient(Fixtures.http(fake), true);

        client.searchByAreaCode("701", 2);

        assertEquals("countryCodeA3=USA&areaCode=701&quantity=2", fake.only().query());
    }

    @Test
    void inServicePagingStopsOnShortPage() {
        InServiceNumbersClient client = new InServiceNumbersClient(Fixtures.http(fake));

        List<String> tns = client.inServiceForAreaCode("605");

        assertEquals(2, tns.size());
        assertTrue(fake.only().query().contains("areaCode=605"));
    }
}
