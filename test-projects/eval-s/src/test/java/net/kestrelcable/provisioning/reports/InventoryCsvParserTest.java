package net.kestrelcable.provisioning.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

class InventoryCsvParserTest {

    private final InventoryCsvParser parser = new InventoryCsvParser();

    @Test
    void parsesTheInventoryReport() throws IOException {
        try (InputStream in = new ClassPathResource("fixtures/inventory-report.csv").getInputStream()) {
            List<InventoryCsvParser.InventoryRow> rows = parser.parse(in);

            assertThat(rows).extracting(InventoryCsvParser.InventoryRow::tn)
                    .containsExactly(3035550142L, 3035550143L, 7205550187L);
            assertThat(rows).extracting(InventoryCsvParser.InventoryRow::npa).containsExactly("303", "303", "720");
        }
    }

    @Test
    void skipsTitleHeaderAndBlankLines() {
        String csv = """
                Iris Telephone Number Inventory Report

                TN,Status,Site
                7205550188,Inservice,Denver Business
                """;

        List<InventoryCsvParser.InventoryRow> rows = parser.parse(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows).hasSize(1);
    }
}
