package com.harborline.porting.gateway;

import com.harborline.porting.support.MockDashboard;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashboardGatewayTest {

    @Test
    void buildsInserviceQuery() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondFixture("inservice-numbers.xml").respondFixture("inservice-numbers.xml");
            DashboardGateway gateway = ctx.getBean(DashboardGateway.class);

            gateway.inserviceNumbers("919", 1);
            assertEquals("/api/accounts/9900123/inserviceNumbers?areaCode=919&page=1", dashboard.take().getPath());

            gateway.siteInserviceNumbers("461", "919");
            assertEquals("/api/accounts/9900123/sites/461/inserviceNumbers?countryCodeA3=USA&areaCode=919",
                    dashboard.take().getPath());
        }
    }

    @Test
    void pagesThroughE911Addresses() throws Exception {
        try (MockDashboard dashboard = new MockDashboard();
             ApplicationContext ctx = ApplicationContext.run(dashboard.properties(), "test")) {
            dashboard.respondXml("<AddressesResponse/>");
            ctx.getBean(DashboardGateway.class).listE911Addresses(2);

            assertEquals("/api/accounts/9900123/addresses?page=2&size=250", dashboard.take().getPath());
        }
    }
}
