package io.northstarvoice.toolkit.iris;

import io.northstarvoice.toolkit.TestConfigs;
import io.northstarvoice.toolkit.http.RecordingTransport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumberSearchServiceTest {

    private final RecordingTransport transport = new RecordingTransport();
    private final NumberSearchService service = new NumberSearchService(transport, TestConfigs.sandbox());

    @Test
    void detailSearchSendsFilters() {
        service.availableWithDetail("919");

        assertEquals(Map.of("areaCode", "919", "enableTNDetail", "true", "quantity", "25"), transport.last().query());
    }

    @Test
    void countrySearchKeepsCountryFirst() {
        service.availableInCountry("USA", "919");

        assertEquals("countryCodeA3=USA&areaCode=919", transport.last().uri().getQuery());
    }

    @Test
    void exchangesAreParsed() throws IOException {
        transport.answer(200, fixture("/fixtures/npa-nxx-response.xml"));

        List<XmlPayloads.NpaNxxBlock> blocks = service.exchanges("919");

        assertEquals(2, blocks.size());
        assertEquals(919, blocks.get(0).areaCode());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = NumberSearchServiceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
