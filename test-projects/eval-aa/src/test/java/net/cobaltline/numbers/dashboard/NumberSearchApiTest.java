package net.cobaltline.numbers.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.cobaltline.numbers.support.RecordingHttpClient;
import net.cobaltline.numbers.support.TestSettings;

class NumberSearchApiTest {

    private static final String ACCOUNT = TestSettings.PROD_BASE + "/accounts/9900123";

    private final RecordingHttpClient http = new RecordingHttpClient();
    private final NumberSearchApi api = new NumberSearchApi(new DashboardClient(http, TestSettings.settings()), "USA");

    @Test
    void availableNumbersByAreaCode() {
        http.enqueue(200, TestSettings.fixture("available-numbers.xml"));

        List<String> numbers = api.available("919", 5);

        assertEquals(ACCOUNT + "/availableNumbers?areaCode=919&quantity=5", http.only().uri().toString());
        assertEquals(3, numbers.size());
        assertEquals("9195550101", numbers.get(0));
    }

    @Test
    void countrySearchSendsCountryFirst() {
        http.enqueue(200, TestSettings.fixture("available-numbers.xml"));

        api.availableInCountry("20", "GBR", 3);

        assertEquals("countryCodeA3=GBR&areaCode=20&quantity=3", http.only().uri().getQuery());
    }

    @Test
    void inServiceUsesLowerCaseFilter() {
        http.enqueue(200, "<TNs><TotalCount>0</TotalCount></TNs>");

        api.inService("984", 2);

        assertTrue(http.only().uri().getPath().endsWith("/inserviceNumbers"));
        assertEquals("areacode=984&page=2&size=500", http.only().uri().getQuery());
    }

    @Test
    void exchangesAreFilteredToTheAreaCode() {
        http.enqueue(200, TestSettings.fixture("npa-nxx.xml"));

        List<net.cobaltline.numbers.dashboard.xml.NpaNxxXml.Entry> stocked = api.exchangesWithStock("919", 10);

        assertEquals(1, stocked.size());
        assertEquals(919, stocked.get(0).npa);
        assertEquals("areaCode=919", http.only().uri().getQuery());
    }
}
