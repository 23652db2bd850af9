package com.harborline.numbering.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PortInventoryReportJobTest {

    @Test
    void countsPerNpa() throws Exception {
        String csv = """
                Iris Telephone Number Inventory Report
                TN,Site,SIP Peer
                9195550101,Raleigh HQ,556102
                9195550102,Raleigh HQ,556102
                7045550188,Charlotte,556117
                """;

        Map<String, Integer> perNpa = PortInventoryReportJob.countPerNpa(csv);

        assertEquals(Map.of("919", 2, "704", 1), perNpa);
    }
}
