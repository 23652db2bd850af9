package net.northwindtel.provisioning.service;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static net.northwindtel.provisioning.support.DashboardTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

class ReportCsvParserTest {

    private final ReportCsvParser parser = new ReportCsvParser();

    @Test
    void skipsTitleHeaderAndTotals() throws Exception {
        List<ReportCsvParser.InventoryRow> rows = parser.parse(new StringReader(fixture("tn-inventory-report.csv")));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).telephoneNumber()).isEqualTo(9195550101L);
        assertThat(rows.get(2).status()).isEqualTo("Aging");
        assertThat(rows.get(2).activatedOn()).isEqualTo(LocalDate.of(2022, 6, 30));
    }

    @Test
    void ignoresRowsWithoutANumber() throws Exception {
        String csv = """
                Iris Telephone Number Inventory Report
                Telephone Number,Rate Center,Status,Activated
                ,RALEIGH,Inservice,2023-11-02
                1234567890x,RALEIGH,Inservice,2023-11-02
                """;

        assertThat(parser.parse(new StringReader(csv))).isEmpty();
    }
}
