package io.northstarvoice.toolkit.reports;

import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryReportParserTest {

    @Test
    void countsNumbersPerAreaCode() throws Exception {
        var parser = new InventoryReportParser();
        List<InventoryReportParser.InventoryLine> lines;
        try (var reader = new InputStreamReader(getClass().getResourceAsStream("/fixtures/inventory-report.csv"),
                StandardCharsets.UTF_8)) {
            lines = parser.parse(reader);
        }

        assertEquals(4, lines.size());
        assertEquals("2565806460", lines.get(0).tn());
        assertEquals(Map.of(256, 2L, 304, 1L, 919, 1L), parser.countByAreaCode(lines));
    }
}
