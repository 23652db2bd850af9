package net.prairiewave.numbering.reports;

import net.prairiewave.numbering.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryReportParserTest {

    @Test
    void parsesRowsAndSkipsMalformedNumbers() throws Exception {
        List<InventoryReportParser.Row> rows =
                InventoryReportParser.parse(new StringReader(Fixtures.load("tn-inventory-report.csv")));

        assertEquals(4, rows.size());
        assertEquals("6053310400", rows.get(0).tn());
        assertEquals(605, rows.get(0).areaCode());
        assertEquals("701222", InventoryReportParser.npaNxx(rows.get(3)));
    }
}
