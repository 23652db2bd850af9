package io.kestrelvoice.numbering.batch.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.kestrelvoice.numbering.batch.reports.InventoryReportParser.ReportRow;
import io.kestrelvoice.numbering.testsupport.FixtureLoader;
import org.junit.jupiter.api.Test;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesTheRecordedReport() {
        List<ReportRow> rows = parser.parse(FixtureLoader.load("inventory-report.csv"));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).telephoneNumber()).isEqualTo("9195550150");
        assertThat(rows.get(2).siteId()).isEqualTo("4502");
        assertThat(InventoryReportParser.toE164(rows.get(1))).isEqualTo("+19195550151");
    }

    @Test
    void skipsMalformedLines() {
        String csv = """
                Iris Telephone Number Inventory Report
                TN,Site,SipPeer,Status,LastModified
                919555,4501,580211,Inservice,2024-06-10
                """;
        assertThat(parser.parse(csv)).isEmpty();
    }
}
