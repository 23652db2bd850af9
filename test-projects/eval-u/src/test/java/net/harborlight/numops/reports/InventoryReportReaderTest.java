package net.harborlight.numops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.harborlight.numops.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.batch.item.ExecutionContext;

class InventoryReportReaderTest {

    @Test
    void readsOneNumberPerLine() throws Exception {
        InventoryReportReader reader = new InventoryReportReader(Fixtures.path("inventory-report.txt"));
        reader.open(new ExecutionContext());
        List<String> numbers = new ArrayList<>();
        String tn;
        while ((tn = reader.read()) != null) {
            numbers.add(tn);
        }
        reader.close();

        assertThat(numbers).containsExactly("9194240700", "9194240701", "7045550100", "8435550166");
    }
}
