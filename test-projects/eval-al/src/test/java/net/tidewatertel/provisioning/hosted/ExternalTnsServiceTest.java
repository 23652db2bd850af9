package net.tidewatertel.provisioning.hosted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.tidewatertel.provisioning.support.StubDashboardHttpClient;

class ExternalTnsServiceTest {

    @Test
    void importSendsAnExternalTnsOrder() throws IOException {
        StubDashboardHttpClient http = new StubDashboardHttpClient();
        http.respondCreated("https://dashboard.bandwidth.com/api/accounts/9900417/externalTns/ext-77");
        ExternalTnsService service = new ExternalTnsService(http, "9900417");

        String orderId = service.importExternal("2024061801", "4412", "551870",
                List.of("4345550133"));

        assertEquals("ext-77", orderId);
        assertTrue(http.last().url.endsWith("/accounts/9900417/externalTns"));
        assertTrue(http.last().body.contains("<Action>IMPORT</Action>"));
        assertTrue(http.last().body.contains("<CustomerOrderId>2024061801</CustomerOrderId>"));
    }
}
