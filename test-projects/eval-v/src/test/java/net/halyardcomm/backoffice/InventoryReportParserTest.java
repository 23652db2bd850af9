package net.halyardcomm.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.halyardcomm.backoffice.reports.InventoryReportParser;
import net.halyardcomm.backoffice.reports.InventoryReportRow;
import net.halyardcomm.backoffice.support.Fixtures;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesNationalNumbers() {
        List<InventoryReportRow> rows = parser.parse(new StringReader(Fixtures.read("fixtures/inventory-report.csv")));

        assertEquals(4, rows.size());
        assertEquals(Integer.valueOf(919), rows.get(0).areaCode());
        assertEquals("RALEIGH", rows.get(0).rateCenter());
    }

    @Test
    void skipsNumbersItDoesNotUnderstand() {
        String csv = "Iris Telephone Number Inventory Report\nTN,RateCenter,Site\n+19195550180,RALEIGH,Main\n";
        assertEquals(0, parser.parse(new StringReader(csv)).size());
    }
}
