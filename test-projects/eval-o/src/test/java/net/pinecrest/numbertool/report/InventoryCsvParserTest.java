package net.pinecrest.numbertool.report;

import net.pinecrest.numbertool.support.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryCsvParserTest {

    @Test
    void parsesTheInventoryReport() throws Exception {
        InventoryCsvParser parser = new InventoryCsvParser();

        List<InventoryCsvParser.ReportRow> rows =
                parser.parse(new StringReader(Fixtures.read("tn-inventory-report.csv")));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).telephoneNumber()).isEqualTo(8045550100L);
        assertThat(rows).extracting(InventoryCsvParser.ReportRow::rateCenter)
                .containsExactly("RICHMOND", "RICHMOND", "FARMVILLE", "STAUNTON");
        assertThat(parser.skipped()).isEqualTo(1);
    }

    @Test
    void exportSplitsTheNpa() throws Exception {
        List<InventoryCsvParser.ReportRow> rows = List.of(
                new InventoryCsvParser.ReportRow(4345550170L, "14021", "FARMVILLE", "VA", "Inservice"));
        StringWriter out = new StringWriter();

        new InventoryCsvExporter().write(rows, out);

        assertThat(out.toString()).contains("434,4345550170,(434) 555-0170,FARMVILLE,VA,Inservice");
    }
}
