package net.northvale.voice.provisioning.reports;

import org.junit.jupiter.api.Test;

import java.util.List;

import static net.northvale.voice.provisioning.support.TestDashboard.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesEveryNumberLine() {
        List<InventoryRow> rows = parser.parse(fixture("inventory-report.csv"));

        assertEquals(4, rows.size());
        InventoryRow first = rows.get(0);
        assertEquals("3035550142", first.tn());
        assertEquals(3035550142L, first.numericTn());
        assertEquals("303", first.npa());
        assertTrue(first.inService());
    }

    @Test
    void skipsHeaderAndTitle() {
        List<InventoryRow> rows = parser.parse("""
                Iris Telephone Number Inventory Report
                Telephone Number,Rate Center,State,Status
                9705550123,GRNDJCT,CO,Inservice
                """);

        assertEquals(1, rows.size());
        assertEquals("GRNDJCT", rows.get(0).rateCenter());
    }
}
