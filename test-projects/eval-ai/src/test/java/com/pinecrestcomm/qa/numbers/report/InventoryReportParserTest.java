package com.pinecrestcomm.qa.numbers.report;

import com.pinecrestcomm.qa.numbers.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesInventoryReport() throws Exception {
        try (Reader csv = Fixtures.reader("reports/tn-inventory-report.csv")) {
            List<InventoryReportRow> rows = parser.parse(csv);

            assertThat(rows).hasSize(4)
                    .extracting(InventoryReportRow::telephoneNumber)
                    .allMatch(tn -> tn.length() == 10);
            assertThat(InventoryReportParser.areaCodes(rows)).containsExactlyInAnyOrder("919", "704");
            assertThat(parser.rejected()).isEmpty();
        }
    }

    @Test
    void rejectsMalformedRows() throws Exception {
        String csv = """
                Iris Telephone Number Inventory Report
                TelephoneNumber,Status,Site,Activated
                919555,Inservice,QA Raleigh,2024-03-01
                """;
        assertThat(parser.parse(new StringReader(csv))).isEmpty();
        assertThat(parser.rejected()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({
            "2024-03-01, 2024-03-01",
            "03/01/2024, 2024-03-01"
    })
    void acceptsBothDateFormats(String raw, LocalDate expected) {
        assertThat(InventoryReportParser.activated(raw)).isEqualTo(expected);
    }
}
