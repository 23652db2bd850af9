package net.tidewatertel.numbering.reports;

import static org.assertj.core.api.Assertions.assertThat;

import net.tidewatertel.numbering.support.Fixtures;
import org.junit.jupiter.api.Test;

class InventoryReportParserTest {

  private final InventoryReportParser parser = new InventoryReportParser();

  @Test
  void parsesTheInventoryReport() {
    InventoryReportParser.Result result = parser.parse(Fixtures.read("fixtures/inventory-report.csv"));

    assertThat(result.lines()).hasSize(4);
    assertThat(result.lines().get(0).tn()).isEqualTo("7575550123");
    assertThat(result.lines().get(0).rateCenter()).isEqualTo("NORFOLK");
    assertThat(result.countByNpa()).containsEntry("757", 2).containsEntry("804", 1).containsEntry("434", 1);
  }

  @Test
  void rejectsLinesItCannotRead() {
    InventoryReportParser.Result result = parser.parse(Fixtures.read("fixtures/inventory-report.csv"));

    assertThat(result.rejected()).containsExactly("+17575550199,NORFOLK,Inservice");
  }

  @Test
  void skipsTitleAndBlankLines() {
    InventoryReportParser.Result result = parser.parse("""
        Iris Telephone Number Inventory Report

        4345550188,CHARLOTTESVILLE,Aging
        """);

    assertThat(result.lines()).extracting(InventoryReportParser.Line::status).containsExactly("Aging");
  }
}
