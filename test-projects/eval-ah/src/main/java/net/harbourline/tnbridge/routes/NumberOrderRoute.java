package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.processor.OrderRequestBuilder;
import net.harbourline.tnbridge.config.KafkaTopics;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Orders the numbers selected by the search route and publishes the result to the inventory topic.
 */
public class NumberOrderRoute extends RouteBuilder {

    static final String ORDERS_ENDPOINT = "https://dashboard.bandwidth.com/api/accounts/{{dashboard.account-id}}/orders"
            + "?authMethod=Basic&authUsername=RAW({{dashboard.username}})&authPassword=RAW({{dashboard.password}})";

    @Override
    public void configure() {
        onException(org.apache.camel.http.base.HttpOperationFailedException.class)
                .maximumRedeliveries(3)
                .redeliveryDelay(2000)
                .log("Order rejected by Dashboard: ${exception.responseBody}")
                .handled(true)
                .to(KafkaTopics.INVENTORY_EVENTS);

        from("direct:order-numbers")
                .routeId("order-numbers")
                .process(new OrderRequestBuilder())
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                // answers 201 with Location: https://dashboard.bandwidth.com/api/accounts/{id}/orders/{orderId}
                .to(ORDERS_ENDPOINT)
                .convertBodyTo(String.class)
                .setHeader("orderId", xpath("/OrderResponse/Order/id/text()", String.class))
                .log("Dashboard order ${header.orderId} created for request ${header.requestId}")
                .to("direct:poll-order");

        from("direct:poll-order")
                .routeId("poll-order-status")
                .delay(5000)
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD("{{dashboard.base-url}}/accounts/{{dashboard.account-id}}/orders/${header.orderId}"
                        + "?authMethod=Basic&authUsername=RAW({{dashboard.username}})&authPassword=RAW({{dashboard.password}})")
                .convertBodyTo(String.class)
                .choice()
                    .when(xpath("/OrderResponse/OrderStatus = 'COMPLETE'"))
                        .bean("tnInventoryStore", "recordOrderResponse")
                        .to(KafkaTopics.INVENTORY_EVENTS)
                    .when(xpath("/OrderResponse/OrderStatus = 'FAILED'"))
                        .log("Order ${header.orderId} failed")
                    .otherwise()
                        .to("direct:poll-order")
                .end();
    }
}
