package net.cobaltline.inventory.job;

import net.cobaltline.inventory.support.DashboardStubs;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvParserTest {

    private final ReportCsvParser parser = new ReportCsvParser();

    @Test
    void parsesTheInventoryReportFixture() {
        List<ReportRow> rows = parser.parse(DashboardStubs.fixture("tn-inventory-report.csv"));

        assertThat(rows).hasSize(4);
        assertThat(rows).extracting(ReportRow::npa).containsExactly(919, 919, 984, 704);
        assertThat(rows.get(0).inService()).isTrue();
    }

    @Test
    void skipsLinesThatAreNotNumbers() {
        String csv = """
                Iris Telephone Number Inventory Report
                TN,Status,RateCenter,State,SiteId,SipPeerId
                9195550142,Inservice,RALEIGH,NC,4512,508812
                total,1,,,,
                """;

        assertThat(parser.parse(csv)).extracting(ReportRow::tn).containsExactly("9195550142");
    }
}
