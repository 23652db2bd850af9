package com.cobaltline.numbering.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void readsTheNightlyInventoryExport() throws Exception {
        try (Reader csv = new InputStreamReader(
                getClass().getResourceAsStream("/fixtures/inventory-report.csv"), StandardCharsets.UTF_8)) {
            List<InventoryReportParser.InventoryLine> lines = parser.parse(csv);

            assertEquals(4, lines.size());
            assertEquals(9192058801L, lines.get(0).telephoneNumber());
            assertEquals("984", lines.get(3).npa());
        }
    }

    @Test
    void skipsTheTitleAndBlankLines() throws Exception {
        String csv = "Iris Telephone Number Inventory Report\n\n2525550163,GREENVILLE,Inservice\n";

        List<InventoryReportParser.InventoryLine> lines = parser.parse(new StringReader(csv));

        assertEquals(1, lines.size());
        assertEquals("GREENVILLE", lines.get(0).rateCenter());
    }
}
