package net.harbourline.tnbridge.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Older path for enabling SMS on numbers that live at another carrier (set up before hosted messaging
 * import orders existed). Still used by the wholesale team for bulk moves.
 * Calls {@code POST /accounts/{id}/externalTns} and polls {@code GET /accounts/{id}/externalTns/{orderId}}.
 */
public class ExternalTnsRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:external-tns-import")
                .routeId("external-tns-import")
                .bean("externalTnsUris", "build(${header.customerId}, ${body}, 'IMPORT')")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD("${bean:externalTnsUris?method=ordersUri}")
                .setHeader("externalOrderId", xpath("//ExternalTnsOrderResponse/OrderId/text()", String.class))
                .to("direct:external-tns-status");

        from("direct:external-tns-remove")
                .routeId("external-tns-remove")
                .bean("externalTnsUris", "build(${header.customerId}, ${body}, 'REMOVE')")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .toD("${bean:externalTnsUris?method=ordersUri}");

        from("direct:external-tns-status")
                .routeId("external-tns-status")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD(DashboardUris.account("/externalTns/${header.externalOrderId}"))
                .convertBodyTo(String.class)
                .log("externalTns order ${header.externalOrderId} status: ${xpath(//ProcessingStatus/text())}");
    }
}
