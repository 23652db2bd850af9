package net.harbourline.numberdesk.report;

import net.harbourline.numberdesk.report.InventoryReportParser.InventoryRow;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesSampleReport() {
        List<InventoryRow> rows = parser.parse(new InputStreamReader(
                getClass().getResourceAsStream("/reports/inventory-sample.csv"), StandardCharsets.UTF_8));
        assertEquals(3, rows.size());
        assertEquals("9194600100", rows.get(0).tn());
        assertEquals("919", rows.get(0).npa());
        assertEquals("RALEIGH", rows.get(0).rateCenter());
    }

    @Test
    void skipsTitleLine() {
        List<InventoryRow> rows = parser.parse(new StringReader("Iris Telephone Number Inventory Report\n9842170455,DURHAM,NC\n"));
        assertEquals(1, rows.size());
        assertEquals("984", rows.get(0).npa());
    }
}
