package net.cedarline.numberdesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.cedarline.numberdesk.testutil.Fixtures;

class ReportCsvParserTest {

    @Test
    void skipsTitleAndHeader() {
        List<ReportCsvParser.Row> rows = new ReportCsvParser().parse(Fixtures.read("inventory-report.csv"));

        assertEquals(4, rows.size());
        assertEquals("9195550100", rows.get(0).telephoneNumber());
        assertEquals(919, rows.get(0).npa());
        assertEquals(336, rows.get(3).npa());
        assertEquals("GREENSBORO", rows.get(3).rateCenter());
    }
}
