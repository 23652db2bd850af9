package com.harborline.numbering.processors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.TestFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCsvProcessorTest {

    @Test
    void parsesInventoryReport() throws Exception {
        Map<Long, String> siteByTn = ReportCsvProcessor.parse(TestFixtures.read("tn-inventory-report.csv"));

        assertEquals(4, siteByTn.size());
        assertEquals("Raleigh HQ", siteByTn.get(9195550101L));
        assertEquals("Asheville", siteByTn.get(8285550177L));
    }

    @Test
    void skipsTitleAndHeader() throws Exception {
        Map<Long, String> siteByTn = ReportCsvProcessor.parse("Iris Telephone Number Inventory Report\nTN,Site\n");
        assertEquals(0, siteByTn.size());
    }
}
