package net.kestrelvoice.numbering.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class InventoryReportCsvParserTest {

    @Test
    void skipsTitleAndHeaderAndReadsNumbers() throws Exception {
        try (InputStream csv = getClass().getResourceAsStream("/fixtures/tn-inventory-report.csv")) {
            List<InventoryReportCsvParser.Row> rows = new InventoryReportCsvParser().parse(csv);

            assertThat(rows).extracting(InventoryReportCsvParser.Row::tn)
                    .containsExactly("9193230147", "7042290155", "9104471203");
            assertThat(rows.get(0).lata()).isEqualTo(426);
            assertThat(rows.get(0).lastModified()).isEqualTo("2024-03-18");
        }
    }
}
