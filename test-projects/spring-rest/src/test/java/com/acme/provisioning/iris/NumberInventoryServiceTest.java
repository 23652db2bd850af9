package com.acme.provisioning.iris;

import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestTemplate;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's own test: it must pass before and after iris-migrate:fix. */
class NumberInventoryServiceTest {
    @Test
    void searchGoesToTheDashboardForTheAccount() {
        NumberInventoryService service = new NumberInventoryService(new RestTemplate(),
                "https://dashboard.example.test/numbers", "9900001");
        URI uri = service.availableNumbersUri("919", 5);
        assertEquals("dashboard.example.test", uri.getHost());
        assertTrue(uri.getPath().endsWith("/accounts/9900001/availableNumbers"), uri.getPath());
        assertTrue(uri.getQuery().contains("quantity=5"), uri.getQuery());
    }
}
