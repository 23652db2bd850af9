package com.harborline.numbering.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The back office's own REST endpoints, called by the self-service portal. These are
 * Harborline APIs: {@code areaCode} here is our query parameter, validated and then mapped onto
 * the Dashboard search route.
 */
public class CustomerPortalRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("platform-http:/api/numbers/search?httpMethodRestrict=GET")
                .routeId("portal-number-search")
                .process(exchange -> {
                    String areaCode = exchange.getIn().getHeader("areaCode", String.class);
                    if (areaCode == null || !areaCode.matches("[2-9][0-9]{2}")) {
                        exchange.getIn().setHeader(Exchange.HTTP_RESPONSE_CODE, 400);
                        exchange.getIn().setBody("{\"error\":\"areaCode must be a 3-digit NPA\"}");
                        exchange.setRouteStop(true);
                        return;
                    }
                    exchange.getIn().setHeader("npa", areaCode);
                    exchange.getIn().setHeader("quantity", 10);
                })
                .to("direct:searchAvailableByNpa")
                .marshal().json();

        from("platform-http:/api/customers/{customerId}/addresses?httpMethodRestrict=GET")
                .routeId("portal-customer-addresses")
                .to("direct:customerServiceAddress");

        from("platform-http:/api/orders/{orderId}?httpMethodRestrict=GET")
                .routeId("portal-order-status")
                .to("direct:orderStatus");
    }
}
