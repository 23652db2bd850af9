package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.support.DashboardStub;
import net.harbourline.tnbridge.support.Fixtures;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AvailableNumberSearchRouteTest extends CamelTestSupport {

    private static final String SEARCH_RESULT = """
            <SearchResult>
              <ResultCount>2</ResultCount>
              <TelephoneNumberList>
                <TelephoneNumber>9193860201</TelephoneNumber>
                <TelephoneNumber>9193860202</TelephoneNumber>
              </TelephoneNumberList>
            </SearchResult>
            """;

    private final DashboardStub dashboard = new DashboardStub().respond("/availableNumbers", SEARCH_RESULT);

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
        return new AvailableNumberSearchRoute();
    }

    @Test
    void searchesTheRequestedAreaCodeAndForwardsTheNumbers() throws Exception {
        dashboard.advise(context, "search-available-numbers");
        AdviceWith.adviceWith(context, "search-available-numbers",
                a -> a.weaveByToUri("direct:order-numbers").replace().to("mock:order"));
        context.start();

        MockEndpoint order = getMockEndpoint("mock:order");
        order.expectedMessageCount(1);

        template.sendBodyAndHeaders("direct:search-available", null, Map.of("areaCode", "919", "quantity", 2));

        order.assertIsSatisfied();
        assertEquals("https://test.dashboard.bandwidth.com/api/accounts/9900012/availableNumbers?areaCode=919&quantity=2",
                dashboard.only().uri());
        List<?> numbers = order.getReceivedExchanges().get(0).getIn().getBody(List.class);
        assertEquals(List.of("9193860201", "9193860202"), numbers);
    }

    @Test
    void fallsBackToNpaNxxWhenStockIsShort() throws Exception {
        dashboard.respond("/availableNpaNxx", "<SearchResultForAvailableNpaNxx/>");
        dashboard.advise(context, "search-available-numbers", "search-available-npanxx");
        AdviceWith.adviceWith(context, "search-available-npanxx",
                a -> a.weaveByToUri("direct:npanxx-coverage").replace().to("mock:coverage"));
        context.start();

        getMockEndpoint("mock:coverage").expectedMessageCount(1);
        template.sendBodyAndHeaders("direct:search-available", null, Map.of("areaCode", "984", "quantity", 25));
        getMockEndpoint("mock:coverage").assertIsSatisfied();

        assertTrue(dashboard.requests().get(1).uri().endsWith("/availableNpaNxx?areaCode=984&quantity=25"));
    }
}
