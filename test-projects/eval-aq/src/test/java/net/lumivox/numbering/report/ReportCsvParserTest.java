package net.lumivox.numbering.report;

import net.lumivox.numbering.report.ReportCsvParser.ReportRow;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportCsvParserTest {

    private final ReportCsvParser parser = new ReportCsvParser();

    @Test
    void parsesInventoryRows() {
        List<ReportRow> rows = parser.parse("""
                Iris Telephone Number Inventory Report
                9195550171,3124,Inservice
                9195550172,3124,Inservice
                """);
        assertEquals(2, rows.size());
        assertEquals("3124", rows.get(0).site());
    }

    @Test
    void parsesFixture() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/inventory-report.csv")) {
            List<ReportRow> rows = parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(3, rows.size());
        }
    }

    @Test
    void rejectsOtherReports() {
        assertThrows(IllegalArgumentException.class, () -> parser.parse("Usage Report\n1,2,3"));
    }
}
