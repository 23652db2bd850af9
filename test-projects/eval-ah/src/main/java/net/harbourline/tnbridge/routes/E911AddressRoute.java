package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.config.DashboardPaths;
import net.harbourline.tnbridge.config.KafkaTopics;
import net.harbourline.tnbridge.model.CustomerAddress;
import net.harbourline.tnbridge.processor.E911AddressRequestProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Keeps the E911 addresses on the Dashboard in step with the customer sites in the portal.
 * Validation and lookups live in camel/e911-routes.xml.
 */
public class E911AddressRoute extends RouteBuilder {

    private static final String ADDRESS_BY_ID = "/addresses/${header.dashboardAddressId}";

    @Override
    public void configure() {
        from(KafkaTopics.E911_UPDATES)
                .routeId("e911-address-updates")
                .unmarshal().json(JsonLibrary.Jackson, CustomerAddress.class)
                .setHeader("customerId", simple("${body.customerId}"))
                .to("direct:e911-validate")
                .choice()
                    .when(header("dashboardAddressId").isNull())
                        .to("direct:e911-create")
                    .otherwise()
                        .to("direct:e911-update")
                .end();

        from("direct:e911-create")
                .routeId("e911-create")
                .process(new E911AddressRequestProcessor())
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account(DashboardPaths.E911_ADDRESSES))
                .setHeader("dashboardAddressId", method(this, "addressIdFromLocation"))
                .log("E911 address ${header.dashboardAddressId} created for customer ${header.customerId}");

        from("direct:e911-update")
                .routeId("e911-update")
                .process(new E911AddressRequestProcessor())
                .setHeader(Exchange.HTTP_METHOD, constant("PUT"))
                .toD(DashboardUris.account(ADDRESS_BY_ID));

        from("direct:e911-remove")
                .routeId("e911-remove")
                .setHeader(Exchange.HTTP_METHOD, constant("DELETE"))
                .toD("{{dashboard.base-url}}/accounts/{{dashboard.account-id}}/addresses/${header.dashboardAddressId}"
                        + "?authMethod=Basic&authUsername=RAW({{dashboard.username}})&authPassword=RAW({{dashboard.password}})")
                .log("Removed E911 address ${header.dashboardAddressId} (was /addresses on the Dashboard)");
    }

    public String addressIdFromLocation(Exchange exchange) {
        String location = exchange.getMessage().getHeader("Location", String.class);
        return location == null ? null : location.substring(location.lastIndexOf('/') + 1);
    }
}
