package com.harborline.numbering.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.harborline.numbering.config.DashboardSettings;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortInServiceTest {

    @Test
    void rendersLnpOrder() throws Exception {
        PortInService service = new PortInService();
        service.settings = DashboardSettings.of("http://localhost:8089", "9900001", "svc-test", "not-a-secret");

        String xml = service.renderPortIn("HL-PORT-7", "19195550100",
                List.of("9195550100"), "Harbor Pediatrics", "Lee Carver");

        String expected;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/portin-order-request.xml")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected.replaceAll(">\\s+<", "><").trim(), xml.replaceAll(">\\s+<", "><").trim());
    }
}
