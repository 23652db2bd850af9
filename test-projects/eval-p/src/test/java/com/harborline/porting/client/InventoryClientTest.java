package com.harborline.porting.client;

import com.harborline.porting.support.MockDashboard;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InventoryClientTest {

    @Test
    void searchesAvailableNumbers() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<SearchResult/>").respondXml("<SearchResult/>");
            InventoryClient client = ctx.getBean(InventoryClient.class);

            client.availableByAreaCode("919", 5);
            assertEquals("/api/v2/accounts/9900123/availableNumbers?areaCode=919&quantity=5", dashboard.take().getPath());

            client.availableByCountryAndAreaCode("USA", "919", 5);
            assertEquals("/api/v2/accounts/9900123/availableNumbers?countryCodeA3=USA&areaCode=919&quantity=5",
                    dashboard.take().getPath());
        }
    }
}
