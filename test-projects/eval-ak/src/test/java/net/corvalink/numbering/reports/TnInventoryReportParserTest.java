package net.corvalink.numbering.reports;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TnInventoryReportParserTest {

    private final TnInventoryReportParser parser = new TnInventoryReportParser();

    @Test
    void skipsTitleAndReadsNumbers() {
        String csv = """
                Iris Telephone Number Inventory Report
                2565806460,Inservice,4411
                3048255495,Inservice,4411
                """;

        List<String> tns = parser.telephoneNumbers(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("2565806460", "3048255495"), tns);
    }

    @Test
    void countsPerAreaCode() {
        Map<String, Integer> counts = parser.countByAreaCode(List.of("9195550101", "9195550102", "3125550147"));

        assertEquals(Map.of("919", 2, "312", 1), counts);
    }
}
