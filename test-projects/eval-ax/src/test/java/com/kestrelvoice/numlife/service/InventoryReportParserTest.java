package com.kestrelvoice.numlife.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class InventoryReportParserTest {

    private final InventoryReportParser parser = new InventoryReportParser();

    @Test
    void parsesTheInventoryReport() throws Exception {
        List<InventoryReportParser.InventoryLine> lines;
        try (Reader reader = new InputStreamReader(new ClassPathResource("fixtures/inventory-report.csv").getInputStream(), StandardCharsets.UTF_8)) {
            lines = parser.parse(reader);
        }

        assertThat(lines).extracting(InventoryReportParser.InventoryLine::tn)
                .containsExactly("9194240100", "9194240101", "9842150177");
        assertThat(parser.toSwitchFormat(lines)).first().isEqualTo("19194240100");
    }
}
