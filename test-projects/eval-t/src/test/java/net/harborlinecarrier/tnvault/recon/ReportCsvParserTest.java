package net.harborlinecarrier.tnvault.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Set;
import net.harborlinecarrier.tnvault.support.Fixtures;
import org.junit.jupiter.api.Test;

class ReportCsvParserTest {

    @Test
    void keepsNanpNumbersAndCountsThemPerNpa() throws Exception {
        ReportCsvParser parser = new ReportCsvParser();

        Set<String> tns = parser.parse(new StringReader(Fixtures.read("fixtures/tn-inventory-report.csv")));

        assertThat(tns).containsExactly("9195550143", "9195550144", "7045550190", "7045550191");
        assertThat(parser.skipped()).isEqualTo(1);
        assertThat(parser.countsPerNpa()).containsEntry("919", 2).containsEntry("704", 2);
    }

    @Test
    void reconciliationFindsNumbersMissingFromInventory() {
        var diff = ReconciliationCli.ReconDiff.compute(Set.of("9195550143", "9195550144"), Set.of("9195550143"));

        assertThat(diff.onlyOnDashboard()).containsExactly("9195550144");
        assertThat(diff.onlyInInventory()).isEmpty();
    }
}
