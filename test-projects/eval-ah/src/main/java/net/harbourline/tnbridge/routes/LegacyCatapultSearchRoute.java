package net.harbourline.tnbridge.routes;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Fallback search in the old Catapult account the SIP trunking business still runs on
 * (scheduled for shutdown with the trunking migration, see OPS-1182).
 */
public class LegacyCatapultSearchRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("direct:catapult-search")
                .routeId("catapult-search")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD("https://api.catapult.inetwork.com/v1/users/{{catapult.user-id}}/availableNumbers/local"
                        + "?areaCode=${header.areaCode}&quantity=${header.quantity}"
                        + "&authMethod=Basic&authUsername=RAW({{catapult.token}})&authPassword=RAW({{catapult.secret}})")
                .convertBodyTo(String.class)
                .log("Catapult offered ${body}");
    }
}
