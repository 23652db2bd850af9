package com.harborline.numbering.routes;

import com.harborline.numbering.processors.IrisNotificationProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Our webhook endpoints for Dashboard subscriptions (registered by SubscriptionRenewalJob).
 * Exposed as https://hooks.harborline.net/api/callbacks/iris/* behind the API gateway.
 */
public class IrisCallbackRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("platform-http:/api/callbacks/iris/orders?httpMethodRestrict=POST")
                .routeId("iris-callback-orders")
                .convertBodyTo(String.class)
                .to("direct:irisNotification");

        from("platform-http:/api/callbacks/iris/portins?httpMethodRestrict=POST")
                .routeId("iris-callback-portins")
                .convertBodyTo(String.class)
                .to("direct:irisNotification");

        from("platform-http:/api/callbacks/iris/imports?httpMethodRestrict=POST")
                .routeId("iris-callback-imports")
                .convertBodyTo(String.class)
                .to("direct:irisNotification");

        from("direct:irisNotification")
                .routeId("iris-notification")
                .process(new IrisNotificationProcessor())
                .choice()
                    .when(simple("${header.unknownNumbers.size} > 0"))
                        .log("notification for numbers we do not know: ${header.unknownNumbers}")
                .end()
                .setBody(constant(""))
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(200));
    }
}
