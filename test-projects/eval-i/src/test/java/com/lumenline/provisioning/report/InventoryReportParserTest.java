package com.lumenline.provisioning.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.lumenline.provisioning.support.Fixtures;

import org.junit.jupiter.api.Test;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesInventoryReport() throws Exception {
        List<InventoryRecord> records = parser.parse(Fixtures.stream("reports/tn-inventory.csv"));

        assertThat(records).hasSize(3);
        assertThat(records.get(0).tenDigitNumber()).isEqualTo("2565806460");
        assertThat(records.get(0).elevenDigit()).isEqualTo("12565806460");
        assertThat(records.get(1).numericKey()).isEqualTo(3048255495L);
    }

    @Test
    void skipsInternationalRows() throws Exception {
        List<InventoryRecord> records = parser.parse(Fixtures.stream("reports/tn-inventory.csv"));

        assertThat(records).extracting(InventoryRecord::tenDigitNumber).doesNotContain("+441224003018");
    }
}
