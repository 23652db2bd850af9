package net.larkspurtel.provisioning.service;

import static com.google.common.truth.Truth.assertThat;
import static net.larkspurtel.provisioning.support.DashboardTestSupport.fixture;

import java.io.StringReader;
import java.util.List;
import net.larkspurtel.provisioning.service.InventoryReportParser.InventoryRow;
import org.junit.jupiter.api.Test;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void skipsTitleAndHeader() throws Exception {
        List<InventoryRow> rows = parser.parse(new StringReader(fixture("tn-inventory-report.csv")));

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).numericTn()).isEqualTo(9195550111L);
        assertThat(rows.get(0).areaCode()).isEqualTo(919);
    }

    @Test
    void keepsOnlyTheDayOfLastModified() throws Exception {
        List<InventoryRow> rows = parser.parse(new StringReader(fixture("tn-inventory-report.csv")));

        assertThat(rows.get(1).lastModifiedDay()).isEqualTo("2024-06-11");
        assertThat(rows.get(2).status()).isEqualTo("Aging");
    }
}
