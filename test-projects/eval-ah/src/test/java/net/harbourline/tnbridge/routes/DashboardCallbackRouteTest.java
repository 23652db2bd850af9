package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.model.InventoryRecord;
import net.harbourline.tnbridge.service.TnInventoryStore;
import net.harbourline.tnbridge.support.Fixtures;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DashboardCallbackRouteTest extends CamelTestSupport {

    private final TnInventoryStore store = new TnInventoryStore();

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
        return new DashboardCallbackRoute();
    }

    @Test
    void completedOrderActivatesBilledNumbers() throws Exception {
        store.save(new InventoryRecord(9193860201L, "5b1c2d4e-88aa-4c1f-9a7e-0d3f55d1c901", "PENDING"));
        store.save(new InventoryRecord(9193860202L, "5b1c2d4e-88aa-4c1f-9a7e-0d3f55d1c901", "PENDING"));

        AdviceWith.adviceWith(context, "dashboard-callback", a -> {
            a.replaceFromWith("direct:callback");
            a.weaveByToUri("kafka:*").replace().to("mock:events");
            a.weaveByToUri("direct:archive-callback").remove();
            a.weaveByToUri("direct:verify-callback-auth").remove();
        });
        context.start();

        MockEndpoint events = getMockEndpoint("mock:events");
        events.expectedMessageCount(2);

        template.sendBodyAndHeaders("direct:callback", Fixtures.read("notification-order-complete.xml"),
                Map.of(Exchange.CONTENT_TYPE, "application/xml"));

        events.assertIsSatisfied();
        assertEquals("ACTIVE", store.find("9193860201").getStatus());
        String first = events.getReceivedExchanges().get(0).getIn().getBody(String.class);
        assertEquals(true, first.contains("\"display\":\"(919) 386-0201\""), first);
    }

    @Test
    void portInCallbackBuildsSipUri() throws Exception {
        AdviceWith.adviceWith(context, "dashboard-portin-callback", a -> {
            a.replaceFromWith("direct:portin");
            a.weaveByToUri("direct:activate-ported").replace().to("mock:activate");
        });
        context.start();

        getMockEndpoint("mock:activate").expectedHeaderReceived("sipUri", "sip:+19193860201@sbc.harbourline.net");
        template.sendBody("direct:portin", Fixtures.read("notification-order-complete.xml"));
        getMockEndpoint("mock:activate").assertIsSatisfied();
    }
}
