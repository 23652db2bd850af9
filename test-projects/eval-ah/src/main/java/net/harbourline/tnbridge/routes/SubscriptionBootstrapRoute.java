package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.processor.SubscriptionRequestFactory;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Makes sure the Dashboard sends order, port-in and disconnect notifications to our callback
 * endpoint. Runs once at start-up; the Dashboard answers 409 for an existing subscription, which is fine.
 */
public class SubscriptionBootstrapRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:subscription-bootstrap?repeatCount=1&delay=15000")
                .routeId("subscription-bootstrap")
                .to("direct:subscribe-orders")
                .to("direct:subscribe-portins")
                .to("direct:subscribe-disconnects")
                .to("direct:subscribe-portouts");

        from("direct:subscribe-orders")
                .routeId("subscribe-orders")
                .bean(SubscriptionRequestFactory.class, "orders")
                .to("direct:post-subscription");

        from("direct:subscribe-portins")
                .routeId("subscribe-portins")
                .to("language:simple:resource:classpath:templates/subscription-portins.xml")
                .to("direct:post-subscription");

        from("direct:subscribe-disconnects")
                .routeId("subscribe-disconnects")
                .bean(SubscriptionRequestFactory.class, "disconnects")
                .to("direct:post-subscription");

        from("direct:subscribe-portouts")
                .routeId("subscribe-portouts")
                .to("language:simple:resource:classpath:templates/subscription-portouts.xml")
                .to("direct:post-subscription");

        from("direct:post-subscription")
                .routeId("post-subscription")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.accountLenient(DashboardPaths.SUBSCRIPTIONS))
                .log("subscription request answered ${header.CamelHttpResponseCode}");
    }
}
