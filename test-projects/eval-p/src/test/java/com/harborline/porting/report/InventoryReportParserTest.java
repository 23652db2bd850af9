package com.harborline.porting.report;

import com.harborline.porting.support.MockDashboard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryReportParserTest {

    @Test
    void parsesTenDigitReport() {
        List<InventoryReportParser.ReportLine> lines =
                new InventoryReportParser().parse(MockDashboard.fixture("tn-inventory-report.csv"));

        assertEquals(2, lines.size());
        assertEquals(2565806460L, lines.get(0).telephoneNumber());
        assertEquals("304", lines.get(1).npa());
    }
}
