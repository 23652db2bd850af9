package net.cascadiatel.provisioning.reports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

public class InventoryCsvParserTest {

    private final InventoryCsvParser parser = new InventoryCsvParser();

    @Test
    public void skipsTitleAndForeignNumbers() {
        String csv = """
                Iris Telephone Number Inventory Report
                5035550101,ACTIVE,PORTLAND
                9715550110,ACTIVE,PORTLAND
                +441224003018,ACTIVE,ABERDEEN
                """;
        assertEquals(List.of("5035550101", "9715550110"), parser.telephoneNumbers(csv));
    }

    @Test
    public void parsesDownloadedReport() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/inventory-report.csv")) {
            List<String> tns = parser.telephoneNumbers(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(4, tns.size());
            assertTrue(parser.looksLikeInventoryRow("\"5415550150\",ACTIVE,BEND"));
        }
    }
}
