package net.kestrelwave.integration.reports;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import net.kestrelwave.integration.reports.InventoryReportParser.InventoryLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesDownloadedReport() throws Exception {
        try (Reader csv = new InputStreamReader(getClass().getResourceAsStream("/reports/tn-inventory-report.csv"), StandardCharsets.UTF_8)) {
            List<InventoryLine> lines = parser.parse(csv);

            assertThat(lines).hasSize(4);
            assertThat(lines.get(0).tn()).isEqualTo("2565806460");
            assertThat(lines.get(0).npa()).isEqualTo("256");
        }
    }

    @Test
    void parsesArchiveFormat() throws Exception {
        String csv = """
                Iris Telephone Number Inventory Report
                3048255495
                3048255496,RETIRED
                """;
        assertThat(parser.parseNumbersOnly(new StringReader(csv))).containsExactly("3048255495", "3048255496");
    }
}
