package com.harborline.numbering.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.dto.InventoryReportRow;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    private Reader fixture(String name) {
        return new InputStreamReader(getClass().getResourceAsStream("/fixtures/" + name), StandardCharsets.UTF_8);
    }

    @Test
    void parsesRowsAndSkipsTitleAndHeader() throws Exception {
        List<InventoryReportRow> rows = parser.parse(fixture("inventory-report.csv"));

        assertEquals(4, rows.size());
        assertEquals(9195551234L, rows.get(0).telephoneNumber());
        assertEquals("RALEIGH", rows.get(0).rateCenter());
    }

    @Test
    void countsPerAreaCode() throws Exception {
        Map<String, Long> counts = parser.countByAreaCode(parser.parse(fixture("inventory-report.csv")));

        assertEquals(Map.of("704", 1L, "919", 2L, "984", 1L), counts);
    }
}
