package net.kestrelwave.numops.reports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void numbersFromTheInventoryReport() throws IOException {
        try (Reader in = fixture()) {
            List<String> numbers = parser.parseNumbers(in);
            assertEquals(3, numbers.size());
            assertEquals("9195550101", numbers.get(0));
        }
    }

    @Test
    void rowsFromTheInventoryReport() throws IOException {
        try (Reader in = fixture()) {
            List<TnReportRow> rows = parser.parseRows(in);
            assertEquals(3, rows.size());
            assertEquals("CHARLOTTE", rows.get(2).getRateCenter());
            assertEquals(1432L, rows.get(0).getSiteId());
        }
    }

    private static Reader fixture() {
        return new InputStreamReader(InventoryReportParserTest.class.getResourceAsStream("/reports/tn-inventory.csv"),
                StandardCharsets.UTF_8);
    }
}
