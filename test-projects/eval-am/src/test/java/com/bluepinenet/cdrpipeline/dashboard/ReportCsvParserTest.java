package com.bluepinenet.cdrpipeline.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportCsvParserTest {

    @Test
    void skipsTitleLine() {
        List<ReportCsvParser.InventoryLine> lines = ReportCsvParser.parse(new InputStreamReader(
                getClass().getResourceAsStream("/fixtures/reports/tn-inventory-report.csv"), StandardCharsets.UTF_8));

        assertEquals(4, lines.size());
        assertEquals("9195550144", lines.get(0).tn());
        assertEquals(9195550144L, lines.get(0).numeric());
        assertEquals("Aging", lines.get(3).status());
    }

    @Test
    void numberOnlyLines() {
        String csv = """
                Iris Telephone Number Inventory Report
                7045550149
                9845550150
                """;
        List<ReportCsvParser.InventoryLine> lines = ReportCsvParser.parse(new StringReader(csv));

        assertEquals(List.of("7045550149", "9845550150"), lines.stream().map(ReportCsvParser.InventoryLine::tn).toList());
        assertEquals("Inservice", lines.get(1).status());
    }
}
