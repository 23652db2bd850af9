package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.config.KafkaTopics;
import net.harbourline.tnbridge.model.NumberRequest;
import net.harbourline.tnbridge.processor.TnListAggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.dataformat.JsonLibrary;

/**
 * Number requests from the provisioning portal: search the Dashboard for available numbers in the
 * requested area code, collect them and hand them to the order route.
 */
public class AvailableNumberSearchRoute extends RouteBuilder {

    @Override
    public void configure() {
        from(KafkaTopics.NUMBER_REQUESTS)
                .routeId("number-request-intake")
                .unmarshal().json(JsonLibrary.Jackson, NumberRequest.class)
                .setHeader("requestId", simple("${body.requestId}"))
                .setHeader("areaCode", simple("${body.areaCode}"))
                .setHeader("quantity", simple("${body.quantity}"))
                .setHeader("customerId", simple("${body.customerId}"))
                .log("Number request ${header.requestId}: ${header.quantity} TNs in NPA ${header.areaCode}")
                .to("direct:search-available");

        from("direct:search-available")
                .routeId("search-available-numbers")
                .removeHeaders("CamelHttp*")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD(DashboardUris.account("/availableNumbers?areaCode=${header.areaCode}&quantity=${header.quantity}"))
                .convertBodyTo(String.class)
                .split(xpath("/SearchResult/TelephoneNumberList/TelephoneNumber/text()"), new TnListAggregationStrategy())
                    .convertBodyTo(String.class)
                    .filter(body().regex("^[0-9]{10}$"))
                    .log("candidate ${body}")
                .end()
                .choice()
                    .when(simple("${body.size} < ${header.quantity}"))
                        .to("direct:search-by-npanxx")
                    .otherwise()
                        .to("direct:order-numbers")
                .end();

        from("direct:search-by-npanxx")
                .routeId("search-available-npanxx")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader(Exchange.HTTP_QUERY, simple("areaCode=${header.areaCode}&quantity=${header.quantity}"))
                .toD(DashboardUris.account("/availableNpaNxx"))
                .to("direct:npanxx-coverage");
    }
}
