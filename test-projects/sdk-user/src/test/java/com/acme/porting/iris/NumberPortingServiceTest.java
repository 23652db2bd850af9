package com.acme.porting.iris;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service's own test: it must pass before and after iris-migrate:fix. */
class NumberPortingServiceTest {
    @Test
    void productionClientTalksToTheDashboardForTheAccount() throws Exception {
        NumberPortingService service = new NumberPortingService("9900001", "svc", "secret");
        URI uri = URI.create(service.client().buildAccountModelUri(new String[] {"availableNumbers"}));
        assertEquals("dashboard.bandwidth.com", uri.getHost());
        assertTrue(uri.getPath().endsWith("/accounts/9900001/availableNumbers"), uri.getPath());
    }

    @Test
    void sandboxClientTalksToTheSameHost() throws Exception {
        URI uri = URI.create(IrisClients.sandbox("9900001", "svc", "secret").buildAccountModelUri(new String[] {"sites"}));
        assertEquals("dashboard.bandwidth.com", uri.getHost());
    }

    @Test
    void npasAreTheFirstThreeDigits() {
        assertEquals(List.of("919"), new NumberPortingService((com.bandwidth.iris.sdk.IrisClient) null).npasOf(List.of("9195551212")));
    }
}
