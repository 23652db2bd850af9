package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.service.TnInventoryStore;
import net.harbourline.tnbridge.support.DashboardStub;
import net.harbourline.tnbridge.support.Fixtures;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class NumberOrderRouteTest extends CamelTestSupport {

    private final TnInventoryStore store = new TnInventoryStore();
    private final DashboardStub dashboard = new DashboardStub()
            .respond("/orders/5b1c2d4e", Fixtures.read("order-response.xml"))
            .respond("/orders", Fixtures.read("order-response.xml"));

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        return Fixtures.testProperties();
    }

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("tnInventoryStore", store);
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new NumberOrderRoute();
    }

    @Test
    void ordersTheSelectedNumbers() throws Exception {
        dashboard.advise(context, "order-numbers", "poll-order-status");
        AdviceWith.adviceWith(context, "poll-order-status", a -> {
            a.weaveByType(org.apache.camel.model.DelayDefinition.class).remove();
            a.weaveByToUri("kafka:*").replace().to("mock:inventory");
        });
        context.start();

        template.sendBodyAndHeader("direct:order-numbers",
                List.of(
                        "9193860201",
                        "9193860202"),
                "requestId", "req-20240911-0042");

        DashboardStub.RecordedRequest order = dashboard.requests().get(0);
        assertEquals("POST", order.method());
        assertEquals("https://dashboard.bandwidth.com/api/accounts/9900012/orders", order.uri());
        assertEquals(Fixtures.compact(Fixtures.read("expected-order-request.xml")), Fixtures.compact(order.body()));

        assertNotNull(store.find("9193860201"));
        assertEquals("ACTIVE", store.find("9193860202").getStatus());
    }
}
