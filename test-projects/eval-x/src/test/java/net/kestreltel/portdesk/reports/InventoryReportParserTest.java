package net.kestreltel.portdesk.reports;

import net.kestreltel.portdesk.testing.TestFixtures;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryReportParserTest {

    @Test
    void parsesInventoryReport() throws Exception {
        List<InventoryReportParser.InventoryRow> rows = new InventoryReportParser()
                .parse(new StringReader(TestFixtures.resource("reports/tn-inventory.csv")));

        assertEquals(4, rows.size());
        assertEquals("704", rows.get(0).npa());
        assertEquals("CHARLOTTE", rows.get(0).rateCenter());
    }

    @Test
    void e164RowsAreDroppedToday() throws Exception {
        String csv = "Telephone Number,Rate Center,State,Site Name,Status\n"
                + "+17045550147,CHARLOTTE,NC,PortDesk,Inservice\n";

        assertEquals(0, new InventoryReportParser().parse(new StringReader(csv)).size());
    }
}
