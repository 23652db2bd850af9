package net.cobaltline.numbers.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.cobaltline.numbers.support.TestSettings;

class InventoryCsvParserTest {

    private final InventoryCsvParser parser = new InventoryCsvParser();

    @Test
    void parsesTheInventoryReport() {
        List<InventoryRow> rows = parser.parse(TestSettings.fixture("inventory-report.csv"));

        assertEquals(4, rows.size());
        assertEquals("2565806460", rows.get(0).tn());
        assertEquals(256, rows.get(0).areaCode());
        assertEquals("HUNTSVILLE", rows.get(0).rateCenter());
    }

    @Test
    void internationalRowsAreSkipped() {
        String csv = """
                Iris Telephone Number Inventory Report
                TN,RateCenter,State,Status,SiteId
                +441224003018,ABERDEEN,,Inservice,4512
                3048255495,CHARLESTON,WV,Inservice,4512
                """;

        List<InventoryRow> rows = parser.parse(csv);

        assertEquals(1, rows.size());
    }

    @Test
    void displayFormat() {
        assertEquals("(256) 580-6460", S3ReportWriter.display("2565806460"));
    }
}
