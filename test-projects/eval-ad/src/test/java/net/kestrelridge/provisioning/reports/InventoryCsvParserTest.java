package net.kestrelridge.provisioning.reports;

import static net.kestrelridge.provisioning.support.DashboardStubs.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryCsvParserTest {

    private final InventoryCsvParser parser = new InventoryCsvParser();

    @Test
    void parsesTheInventoryReport() {
        List<InventoryRecord> records = parser.parse(new StringReader(fixture("fixtures/tn-inventory-report.csv")));

        assertThat(records).hasSize(4);
        assertThat(records.get(0).telephoneNumber()).isEqualTo(9193350101L);
        assertThat(records.get(0).npa()).isEqualTo("919");
        assertThat(records.get(3).rateCenter()).isEqualTo("CHARLOTTE");
    }

    @Test
    void skipsTheTitleAndForeignNumbers() {
        String csv = InventoryCsvParser.TITLE_PREFIX + "\n+441224003018\n9193350101,RALEIGH,NC,Inservice\n";

        assertThat(parser.parse(new StringReader(csv)))
                .extracting(InventoryRecord::telephoneNumber)
                .containsExactly(9193350101L);
    }
}
