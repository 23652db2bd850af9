package net.lakeshoretel.numbering.report;

import net.lakeshoretel.numbering.report.InventoryCsvParser.InventoryRow;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryCsvParserTest {

    private final InventoryCsvParser parser = new InventoryCsvParser();

    @Test
    void parsesTheReport() throws Exception {
        List<InventoryRow> rows;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/fixtures/inventory-report.csv"), StandardCharsets.UTF_8))) {
            rows = reader.lines().map(parser::parse).flatMap(Optional::stream).toList();
        }
        assertEquals(4, rows.size());
        assertEquals(6165550142L, rows.get(0).telephoneNumber());
        assertEquals(616, rows.get(0).areaCode());
        assertEquals("Aging", rows.get(2).status());
    }

    @Test
    void skipsTheTitleLine() {
        assertTrue(parser.parse("Iris Telephone Number Inventory Report").isEmpty());
    }

    @Test
    void writesCsvForTheLake() {
        InventoryRow row = parser.parse("2315550177,Inservice,TRAVERSCY,340,2024-04-02").orElseThrow();
        assertEquals("2315550177,231,Inservice,TRAVERSCY,340", row.toCsv());
    }
}
