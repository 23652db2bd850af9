package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.support.DashboardStub;
import net.harbourline.tnbridge.support.Fixtures;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class E911AddressRouteTest extends CamelTestSupport {

    private final DashboardStub dashboard = new DashboardStub();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        return Fixtures.testProperties();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new E911AddressRoute();
    }

    @Test
    void removesTheAddressById() throws Exception {
        dashboard.advise(context, "e911-remove");
        context.start();

        template.sendBodyAndHeader("direct:e911-remove", null, "dashboardAddressId", "ADDR-77");

        DashboardStub.RecordedRequest request = dashboard.only();
        assertEquals("DELETE", request.method());
        assertTrue(request.uri().endsWith("/accounts/9900012/addresses/ADDR-77"), request.uri());
    }

    @Test
    void updatesAnExistingAddress() throws Exception {
        dashboard.advise(context, "e911-update");
        context.start();

        template.sendBodyAndHeader("direct:e911-update",
                new net.harbourline.tnbridge.model.CustomerAddress("C-1009", "Cary office", "200", "Regency Pkwy",
                        "Cary", "NC", "27518", "9194695500"),
                "dashboardAddressId", "ADDR-78");

        DashboardStub.RecordedRequest request = dashboard.only();
        assertEquals("PUT", request.method());
        assertTrue(request.body().contains("<StreetName>Regency Pkwy</StreetName>"));
        assertEquals("https://test.dashboard.bandwidth.com/api/accounts/9900012/addresses/ADDR-78", request.uri());
    }
}
