package com.northforktel.numbering.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.northforktel.numbering.support.Fixtures;
import org.junit.jupiter.api.Test;

class ReportCsvParserTest {

    private final ReportCsvParser parser = new ReportCsvParser();

    @Test
    void parsesInventoryReport() {
        ReportCsvParser.Result result = parser.parse(Fixtures.read("fixtures/inventory-report.csv"));
        assertEquals(4, result.rows().size());
        assertEquals("9195550130", result.rows().get(0).tn());
        assertEquals("2021-03-02", result.rows().get(0).activatedOn());
        assertNull(result.rows().get(3).activatedOn());
        assertEquals(0, result.rejected().size());
    }

    @Test
    void internationalNumbersAreRejected() {
        String csv = """
                Iris Telephone Number Inventory Report
                +441224003018
                9195550140
                """;
        ReportCsvParser.Result result = parser.parse(csv);
        assertEquals(1, result.rows().size());
        assertEquals(1, result.rejected().size());
    }
}
