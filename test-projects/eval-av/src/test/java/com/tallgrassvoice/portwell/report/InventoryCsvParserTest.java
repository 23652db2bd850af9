package com.tallgrassvoice.portwell.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class InventoryCsvParserTest {

    @Test
    void skipsTitleAndHeader() throws Exception {
        try (Reader r = new InputStreamReader(getClass().getResourceAsStream("/reports/tn-inventory.csv"),
                StandardCharsets.UTF_8)) {
            List<InventoryCsvParser.Row> rows = new InventoryCsvParser().parse(r);
            assertEquals(3, rows.size());
            assertEquals(3365550100L, rows.get(0).telephoneNumber());
            assertEquals("RALEIGH", rows.get(2).rateCenter());
        }
    }

    @Test
    void portActivityByAreaCode() {
        String csv = """
                TelephoneNumber,Activity,Date
                3365550142,PORT_IN,2024-11-12
                9195550199,PORT_IN,2024-11-12
                9195550134,PORT_OUT,2024-11-13
                """;
        List<PortActivityReport.AreaCodeCount> counts = new PortActivityReport().portedInByAreaCode(csv);
        assertEquals(2, counts.size());
    }
}
