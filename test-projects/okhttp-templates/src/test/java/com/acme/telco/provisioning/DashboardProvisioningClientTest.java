package com.acme.telco.provisioning;

import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker's own test: it must pass before and after iris-migrate:fix. */
class DashboardProvisioningClientTest {
    @Test
    void searchUrlCarriesTheAccountAndQuantity() {
        var client = new DashboardProvisioningClient(new OkHttpClient(), "9900001", "svc", "secret");
        HttpUrl url = client.availableNumbers("919", 3);
        assertEquals("dashboard.bandwidth.com", url.host());
        assertTrue(url.pathSegments().contains("9900001"));
        assertEquals("3", url.queryParameter("quantity"));
    }

    @Test
    void orderTemplateIsFilledIn() {
        String xml = PayloadTemplates.render("new-number-order.xml",
                Map.of("customerOrderId", "branch-7", "siteId", "4821", "sipPeerId", "551204"));
        assertTrue(xml.contains("<CustomerOrderId>branch-7</CustomerOrderId>"));
        assertTrue(xml.contains("<SiteId>4821</SiteId>"));
    }
}
