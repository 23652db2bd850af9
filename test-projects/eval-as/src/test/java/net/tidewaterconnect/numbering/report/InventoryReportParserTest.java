package net.tidewaterconnect.numbering.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void skipsTitleAndHeader() throws Exception {
        String csv = new ClassPathResource("fixtures/inventory-report.csv").getContentAsString(StandardCharsets.UTF_8);

        List<InventoryReportParser.ReportLine> lines = parser.parse(csv);

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).tn()).isEqualTo("2565806460");
        assertThat(lines.get(0).numeric()).isEqualTo(2565806460L);
    }

    @Test
    void ignoresTrailer() throws Exception {
        List<InventoryReportParser.ReportLine> lines = parser.parse("""
                Iris Telephone Number Inventory Report
                TN,RateCenter,Status
                3048255495,CHARLESTON,Inservice
                Generated 1718035200
                """);

        assertThat(lines).extracting(InventoryReportParser.ReportLine::tn).containsExactly("3048255495");
    }
}
