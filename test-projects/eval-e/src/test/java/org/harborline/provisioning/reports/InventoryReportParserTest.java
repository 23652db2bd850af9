package org.harborline.provisioning.reports;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class InventoryReportParserTest {

    @Test
    public void readsTenDigitRows() throws Exception {
        String csv = "Iris Telephone Number Inventory Report\n"
                + "2565806460\n"
                + "3048255495\n";
        List<String> tns = new InventoryReportParser().parseNumbers(csv);
        assertEquals(2, tns.size());
        assertEquals("2565806460", tns.get(0));
        assertEquals(Integer.valueOf(1), new InventoryReportParser().countByNpa(tns).get("256"));
    }
}
