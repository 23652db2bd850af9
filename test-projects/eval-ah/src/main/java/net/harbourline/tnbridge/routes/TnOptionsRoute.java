package net.harbourline.tnbridge.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * TN option orders (calling name display, port-out passcodes) were moved to API v2 early because the
 * v1 endpoint dropped the CNAM flag (PLAT-2291).
 */
public class TnOptionsRoute extends RouteBuilder {

    static final String TN_OPTIONS_V2 = "https://dashboard.bandwidth.com/api/v2/accounts/{{dashboard.account-id}}/tnoptions";

    @Override
    public void configure() {
        from("direct:cnam-display")
                .routeId("cnam-display")
                .to("language:simple:resource:classpath:templates/tn-option-order.xml")
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .to(TN_OPTIONS_V2 + "?authMethod=Basic&authUsername=RAW({{dashboard.username}})&authPassword=RAW({{dashboard.password}})")
                .setHeader("tnOptionOrderId", xpath("//TnOptionOrder/OrderId/text()", String.class))
                .log("TN option order ${header.tnOptionOrderId} submitted");

        from("direct:cnam-display-status")
                .routeId("cnam-display-status")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD(TN_OPTIONS_V2 + "/${header.tnOptionOrderId}"
                        + "?authMethod=Basic&authUsername=RAW({{dashboard.username}})&authPassword=RAW({{dashboard.password}})");
    }
}
