package net.tidewatertel.provisioning.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class InventoryReportParserTest {

    @Test
    void skipsTheTitleAndKeepsTheNumbers() throws Exception {
        List<InventoryReportParser.Line> lines;
        try (Reader csv = new InputStreamReader(getClass().getResourceAsStream("/fixtures/inventory-report.csv"),
                StandardCharsets.UTF_8)) {
            lines = new InventoryReportParser().parse(csv);
        }

        assertEquals(4, lines.size());
        assertEquals("7575550142", lines.get(0).getTelephoneNumber());
        assertEquals(7575550142L, lines.get(0).getNumericKey());
        assertEquals("Inservice", lines.get(3).getStatus());
    }
}
