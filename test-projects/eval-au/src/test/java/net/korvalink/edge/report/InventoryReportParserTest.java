package net.korvalink.edge.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.korvalink.edge.report.InventoryReportParser.InventoryRow;

class InventoryReportParserTest {

    private static final String REPORT = """
            Iris Telephone Number Inventory Report
            TelephoneNumber,RateCenter,AreaCode,Status,SiteId
            9195550190,RALEIGH,919,Inservice,48213
            9845550191,RALEIGH,984,Inservice,48213
            7045550192,CHARLOTTE,704,Inservice,48213
            """;

    /** What the v2 report looks like, from Bandwidth's migration guide. */
    private static final String E164_REPORT = """
            Iris Telephone Number Inventory Report
            TelephoneNumber,RateCenter,AreaCode,Status,SiteId
            +12565806460,HUNTSVILLE,+1256,Inservice,48213
            +13048255495,CHARLESTON,+1304,Inservice,48213
            +441224003018,ABERDEEN,+441224,Inservice,48213
            """;

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesNationalFormatRows() throws Exception {
        List<InventoryRow> rows = parser.parse(new StringReader(REPORT));

        assertEquals(3, rows.size());
        assertEquals("704", rows.get(2).npa());
        assertEquals(704, rows.get(2).areaCode());
    }

    @Test
    void e164ReportIsNotUnderstoodYet() throws Exception {
        List<InventoryRow> rows = parser.parse(new StringReader(E164_REPORT));

        assertTrue(rows.isEmpty());
    }
}
