package net.tidewatertel.provisioning.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import net.tidewatertel.provisioning.http.DashboardPaths;
import net.tidewatertel.provisioning.support.StubDashboardHttpClient;

class NumberSearchServiceTest {

    private StubDashboardHttpClient http;
    private NumberSearchService service;

    @BeforeEach
    void setUp() throws IOException {
        http = new StubDashboardHttpClient();
        http.respond(200, fixture("/fixtures/available-numbers-response.xml"));
        service = new NumberSearchService(http, new DashboardPaths("9900417"));
    }

    @Test
    void searchReturnsTheNumbersOfTheResponse() throws IOException {
        List<String> numbers = service.searchByAreaCode("757", 3);

        assertEquals(List.of("7575550170", "7575550171", "7575550172"), numbers);
        assertTrue(http.last().url.contains("areaCode=757"));
        assertTrue(http.last().url.contains("quantity=3"));
    }

    @Test
    void countryIsPassedFirst() throws IOException {
        service.searchWithCountry("787");

        assertTrue(http.last().url.contains("countryCodeA3=USA&areaCode=787"));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = NumberSearchServiceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
