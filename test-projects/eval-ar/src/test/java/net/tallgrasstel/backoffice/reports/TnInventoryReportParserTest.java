package net.tallgrasstel.backoffice.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TnInventoryReportParserTest {

    @Test
    void parsesInventoryRows() throws IOException {
        try (Reader csv = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("reports/tn-inventory.csv"), StandardCharsets.UTF_8)) {
            List<TnInventoryReportParser.InventoryEntry> entries = new TnInventoryReportParser().parse(csv);
            assertEquals(3, entries.size());
            assertEquals(3165550100L, entries.get(0).telephoneNumber());
            assertEquals("316", entries.get(0).npa());
            assertEquals("WICHITA", entries.get(0).rateCenter());
            assertEquals("7855550192", String.valueOf(entries.get(2).telephoneNumber()));
        }
    }
}
