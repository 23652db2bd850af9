package com.harborline.numbering.routes;

import com.harborline.numbering.http.BasicAuthSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Keeps the {@code e911_address} table in step with the E911 addresses on the Dashboard account,
 * and serves single-address lookups for the NOC console.
 */
public class E911AddressSyncRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:e911Sync?period=86400000&delay=60000")
                .routeId("e911-address-sync")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}{{iris.e911.path}}?page=1&size=500")
                .convertBodyTo(String.class)
                .split(xpath("//Addresses/Address"))
                    .setHeader("addressId", xpath("/Address/AddressId/text()", String.class))
                    .to("direct:upsertE911Address")
                .end();

        from("direct:e911AddressDetail")
                .routeId("e911-address-detail")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/addresses/${header.addressId}")
                .convertBodyTo(String.class);

        // NOC button after an HQ address change: re-provision E911 for the HQ lines.
        from("direct:resendHqE911")
                .routeId("e911-hq-resend")
                .setBody(method(com.harborline.numbering.xml.PayloadTemplates.class, "load('templates/e911-hq-order.xml')"))
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("{{iris.base}}/accounts/{{iris.accountId}}/e911s")
                .convertBodyTo(String.class);

        // Preview of the v2 resource for the migration spike (NUM-431); output only logged.
        from("direct:e911AddressesV2Preview")
                .routeId("e911-addresses-v2-preview")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader("Authorization", method(BasicAuthSupport.class, "header"))
                .toD("https://dashboard.bandwidth.com/api/v2/accounts/{{iris.accountId}}/e911Addresses?size=50")
                .log("v2 e911Addresses preview: ${body}");

        // The service address the customer gave us, from our own CRM API (not Dashboard).
        from("direct:customerServiceAddress")
                .routeId("customer-service-address")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD("{{portal.api.base}}/customers/${header.customerId}/addresses")
                .convertBodyTo(String.class);

        from("direct:upsertE911Address")
                .routeId("upsert-e911-address")
                .to("log:e911-address-upsert?level=DEBUG")
                .log("E911 address ${header.addressId} stored");
    }
}
