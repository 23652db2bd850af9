package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import com.harborline.numbering.processors.OrderPayloadProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * External TNs: numbers on a customer's own SIP trunk provider that we only route messaging for.
 * Headers: {@code siteId}, {@code peerId}, {@code telephoneNumbers}, {@code customerOrderId}.
 */
public class ExternalTnsRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:externalTnsImport")
                .routeId("external-tns-import")
                .setHeader("action", constant("IMPORT"))
                .process(new OrderPayloadProcessor("templates/external-tns-order.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/sites/${header.siteId}/sippeers/${header.peerId}/externalTns")
                .convertBodyTo(String.class);

        from("direct:externalTnsRemove")
                .routeId("external-tns-remove")
                .setHeader("action", constant("REMOVE"))
                .process(new OrderPayloadProcessor("templates/external-tns-order.xml"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/sites/${header.siteId}/sippeers/${header.peerId}/externalTns")
                .convertBodyTo(String.class);
    }
}
