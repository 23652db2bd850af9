package com.harborline.porting.service;

import com.harborline.porting.support.MockDashboard;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberOrderServiceTest {

    @Test
    void ordersExistingNumbers() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondFixture("order-response.xml");
            ctx.getBean(NumberOrderService.class).orderExisting(List.of("5756186700", "+16672286710"));

            String body = dashboard.take().getBody().readUtf8();
            assertTrue(body.contains("<SiteId>461</SiteId>"));
            assertTrue(body.contains("<TelephoneNumber>5756186700</TelephoneNumber>"));
        }
    }

    @Test
    void ordersByAreaCode() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondFixture("order-response.xml");
            ctx.getBean(NumberOrderService.class).orderByAreaCode(919, 2);

            assertTrue(dashboard.take().getBody().readUtf8().contains("<AreaCode>919</AreaCode>"));
        }
    }
}
