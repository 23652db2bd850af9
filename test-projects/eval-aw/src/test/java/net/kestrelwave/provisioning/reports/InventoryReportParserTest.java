package net.kestrelwave.provisioning.reports;

import net.kestrelwave.provisioning.reports.InventoryReportParser.InventoryReport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void groupsByAreaCode() {
        String csv = """
                Iris Telephone Number Inventory Report
                9195550101
                9195550102
                7045550103
                """;
        InventoryReport report = parser.parse(csv);
        assertEquals("Iris Telephone Number Inventory Report", report.title());
        assertEquals(3, report.total());
        assertEquals(2, report.numbersByAreaCode().get("919").size());
    }
}
