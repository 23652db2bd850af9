package net.kestreltel.numgate.reports;

import static net.kestreltel.numgate.support.DashboardTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvParserTest {

    private final ReportCsvParser parser = new ReportCsvParser();

    @Test
    void parsesTheInventoryReport() {
        List<ReportRow> rows = parser.parse(fixture("tn-inventory-report.csv"));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).tn()).isEqualTo("9195550101");
        assertThat(rows.get(0).areaCode()).isEqualTo(919);
        assertThat(rows.get(1).lastModified()).isEqualTo("2024-09-12");
        assertThat(rows.get(3).status()).isEqualTo("Disconnected");
    }

    @Test
    void skipsLinesWithoutANumber() {
        String csv = """
                Iris Telephone Number Inventory Report
                Telephone Number,Status,Site Id,Rate Center,Last Modified
                ,Inservice,461,RALEIGH,2024-09-12
                +19195550188,Inservice,461,RALEIGH,2024-09-12
                9195550189,Inservice,461,RALEIGH,2024-09-12
                """;

        assertThat(parser.parse(csv)).extracting(ReportRow::tn).containsExactly("9195550189");
    }

    @Test
    void inventoryInstanceExpiresAfterRetention() {
        Clock clock = Clock.fixed(Instant.parse("2024-09-12T03:15:00Z"), ZoneOffset.UTC);
        String xml = new ReportInstanceFactory(clock).tnInventory("9900123", 2);

        assertThat(xml).contains("<ExpiresAt>2024-09-14</ExpiresAt>", "<Value>9900123</Value>", "<OutputFormat>csv</OutputFormat>");
    }
}
