package net.tidewatertel.numbering.reports;

import static net.tidewatertel.numbering.support.TestFixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import net.tidewatertel.numbering.reports.InventoryReportParser.InventoryReportLine;

import org.junit.jupiter.api.Test;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesTheNightlyInventoryReport() throws Exception {
        List<InventoryReportLine> lines = parser.parse(new StringReader(fixture("inventory-report.csv")));

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).tn()).isEqualTo("7575550100");
        assertThat(lines.get(0).areaCode()).isEqualTo("757");
        assertThat(lines).extracting(InventoryReportLine::rateCenter).contains("MANTEO");
    }

    @Test
    void skipsRowsWithoutNumber() throws Exception {
        String csv = "Iris Telephone Number Inventory Report\nTN,Rate Center,Status,Site\n,NORFOLK,Inservice,Main\n";

        assertThat(parser.parse(new StringReader(csv))).isEmpty();
    }
}
