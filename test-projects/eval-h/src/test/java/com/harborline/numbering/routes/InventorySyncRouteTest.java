package com.harborline.numbering.routes;

import java.util.Properties;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

class InventorySyncRouteTest extends CamelTestSupport {

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("iris.accountId", "5004411");
        p.setProperty("inventory.sync.period", "3600000");
        return p;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new InventorySyncRoute();
    }

    @Test
    void queriesHomeMarket() throws Exception {
        AdviceWith.adviceWith(context, "inventory-sync", a -> {
            a.replaceFromWith("direct:start");
            a.weaveByToUri("https://dashboard.bandwidth.com/*").replace().to("mock:dashboard");
        });
        context.start();

        MockEndpoint dashboard = getMockEndpoint("mock:dashboard");
        dashboard.expectedHeaderReceived(Exchange.HTTP_QUERY, "areaCode=919&page=1&size=1000");
        dashboard.whenAnyExchangeReceived(e -> e.getIn().setBody("<TNs><TelephoneNumbers/></TNs>"));

        template.sendBody("direct:start", null);

        dashboard.assertIsSatisfied();
    }
}
