package com.tallgrassvoice.portwell.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tallgrassvoice.portwell.util.PhoneNumbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.DefaultParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers as people type them: the sales CSV lists and the portal's port form. */
class NumberInputTest {

    @TempDir
    Path tmp;

    @Test
    void readsTheSalesList() throws Exception {
        Path csv = tmp.resolve("list.csv");
        try (var in = getClass().getResourceAsStream("/imports/sales-list.csv")) {
            Files.copy(in, csv);
        }
        List<String> numbers = new CsvNumberReader().read(csv);
        assertEquals(List.of("3365550150", "3365550151", "3365550152"), numbers);
    }

    @Test
    void importToolOptions() throws Exception {
        var cmd = new DefaultParser().parse(ImportNumbersTool.options(), new String[]{
                "--file", "x.csv", "--order-id", "ACME-1", "-u", "svc", "--password", "pw",
                "--base-url", "https://test.dashboard.bandwidth.com/api"});
        assertEquals("ACME-1", cmd.getOptionValue("order-id"));
    }

    @Test
    void portalDisplayFormat() {
        assertEquals("(919) 555-0134", PhoneNumbers.display("9195550134"));
    }

    @Test
    void portalValidation() {
        assertTrue(PhoneNumbers.isTenDigit("3365550100"));
        assertFalse(PhoneNumbers.isTenDigit("+13365550100"));
        assertEquals("3365550100", PhoneNumbers.digitsOnly("(336) 555-0100"));
    }
}
