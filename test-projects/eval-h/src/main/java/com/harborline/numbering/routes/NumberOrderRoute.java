package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import com.harborline.numbering.processors.OrderPayloadProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Orders numbers picked in the portal. Headers: {@code telephoneNumbers} (List of TNs),
 * {@code customerOrderId}, {@code siteId}, {@code peerId}.
 */
public class NumberOrderRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:orderNumbers")
                .routeId("order-numbers")
                .process(new OrderPayloadProcessor("templates/order-existing-tns.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("https://dashboard.bandwidth.com/v1.0/accounts/{{iris.accountId}}/orders")
                .convertBodyTo(String.class)
                .setHeader("orderId", xpath("//Order/id/text()", String.class))
                .log("order ${header.orderId} created for ${header.customerOrderId}");

        // Daily smoke test against the sandbox: orders the two fixed QA numbers and releases them.
        from("timer:sandboxSmokeOrder?period=86400000&delay=120000")
                .routeId("sandbox-smoke-order")
                .setBody(method(com.harborline.numbering.xml.PayloadTemplates.class,
                        "load('templates/smoke-test-order.xml')"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.sandbox.base}}/accounts/{{iris.sandbox.accountId}}/orders")
                .log("sandbox smoke order answered ${header.CamelHttpResponseCode}");

        from("timer:sandboxSmokeCheck?period=86400000&delay=900000")
                .routeId("sandbox-smoke-check")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.sandbox.base}}/tns?tn=9195550142")
                .convertBodyTo(String.class)
                .filter(xpath("count(//TelephoneNumberDetail) = 0"))
                    .log("sandbox smoke check: QA line not found after the smoke order");

        from("direct:orderStatus")
                .routeId("order-status")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/orders/${header.orderId}")
                .convertBodyTo(String.class);
    }
}
