package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import com.harborline.numbering.processors.OrderPayloadProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Raw-HTTP side of hosted messaging (the portal's "bring your own number for texting").
 * The SDK-based service in {@code sdk.HostedMessagingService} is used by the jobs; the portal
 * goes through these routes so it can show Dashboard's validation errors verbatim.
 */
public class HostedMessagingRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:importHostedMessaging")
                .routeId("hosted-messaging-import")
                .process(new OrderPayloadProcessor("templates/import-tn-order.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/importTnOrders")
                .convertBodyTo(String.class);

        from("direct:importHostedMessagingHistory")
                .routeId("hosted-messaging-import-history")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/importTnOrders/${header.orderId}/history")
                .convertBodyTo(String.class);

        from("direct:removeHostedMessaging")
                .routeId("hosted-messaging-remove")
                .process(new OrderPayloadProcessor("templates/remove-imported-tn-order.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/removeImportedTnOrders")
                .convertBodyTo(String.class);

        // Portability pre-check; unchanged in v2.
        from("direct:importTnCheck")
                .routeId("hosted-messaging-check")
                .process(new OrderPayloadProcessor("templates/import-tn-checker.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/importTnChecker")
                .convertBodyTo(String.class);

        // Voice-side imports for the UCaaS pilot were written against v2 directly.
        from("direct:importVoicePilot")
                .routeId("voice-import-pilot")
                .process(new OrderPayloadProcessor("templates/import-tn-order.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.v2.base}}/accounts/{{iris.accountId}}/importTnOrders/voice")
                .convertBodyTo(String.class);
    }
}
