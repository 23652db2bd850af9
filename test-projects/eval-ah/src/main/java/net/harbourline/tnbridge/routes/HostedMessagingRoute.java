package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.config.KafkaTopics;
import net.harbourline.tnbridge.processor.ImportOrderBodyBuilder;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.converter.jaxb.JaxbDataFormat;

/**
 * Hosted messaging: customers who keep voice with their old carrier but text through Harbourline.
 * Numbers are imported into (and removed from) the messaging inventory of the Dashboard account.
 */
public class HostedMessagingRoute extends RouteBuilder {

    @Override
    public void configure() {
        JaxbDataFormat importOrderXml = new JaxbDataFormat("net.harbourline.tnbridge.model");

        from(KafkaTopics.SMS_ENABLEMENT)
                .routeId("hosted-messaging-intake")
                .choice()
                    .when(header("action").isEqualTo("IMPORT"))
                        .to("direct:hosted-import")
                    .otherwise()
                        .to("direct:hosted-remove")
                .end();

        from("direct:hosted-import")
                .routeId("hosted-import")
                .bean(ImportOrderBodyBuilder.class, "importOrder")
                .marshal(importOrderXml)
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account(DashboardPaths.IMPORT_TN_ORDERS))
                .setHeader("importOrderId", xpath("//ImportTnOrder/OrderId/text()", String.class))
                .to("direct:hosted-import-status");

        from("direct:hosted-import-status")
                .routeId("hosted-import-status")
                .delay(10000)
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD(DashboardUris.account("/importTnOrders/${header.importOrderId}/history"))
                .convertBodyTo(String.class)
                .log("import ${header.importOrderId}: ${body}");

        from("direct:hosted-remove")
                .routeId("hosted-remove")
                .bean(ImportOrderBodyBuilder.class, "removeOrder")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account(DashboardPaths.REMOVE_IMPORTED_TN_ORDERS))
                .log("removeImportedTnOrders accepted for ${header.customerId}")
                .setHeader("removalOrderId", xpath("//RemoveImportedTnOrder/OrderId/text()", String.class))
                .to("direct:hosted-remove-status");

        from("direct:hosted-remove-status")
                .routeId("hosted-remove-status")
                .delay(10000)
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD(DashboardUris.account("/removeImportedTnOrders/${header.removalOrderId}"))
                .convertBodyTo(String.class)
                .log("removal ${header.removalOrderId}: ${body}");

        from("direct:hosted-import-check")
                .routeId("hosted-import-check")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .toD(DashboardUris.account(DashboardPaths.IMPORT_TN_CHECKER))
                .convertBodyTo(String.class);
    }
}
