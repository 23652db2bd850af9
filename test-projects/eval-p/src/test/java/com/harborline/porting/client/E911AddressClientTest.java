package com.harborline.porting.client;

import com.harborline.porting.support.MockDashboard;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class E911AddressClientTest {

    @Test
    void listsAddressesOfAccount() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<AddressesResponse/>");
            ctx.getBean(E911AddressClient.class).listAddresses(MockDashboard.ACCOUNT, null, 1, 50);

            assertEquals("/api/accounts/9900123/addresses?page=1&size=50", dashboard.take().getPath());
        }
    }

    @Test
    void readsSingleE911Address() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<E911AddressResponse/>");
            ctx.getBean(E911AddressClient.class).getE911Address(MockDashboard.ACCOUNT, "a-17");

            assertEquals("/api/accounts/9900123/e911Addresses/a-17", dashboard.take().getPath());
        }
    }
}
