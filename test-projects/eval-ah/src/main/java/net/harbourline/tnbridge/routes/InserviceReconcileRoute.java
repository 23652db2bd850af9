package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.processor.AreaCodeBucketStrategy;
import net.harbourline.tnbridge.processor.InserviceNumberProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Nightly reconciliation of the in-service inventory against the billing system, one NPA at a time
 * (the account has ~40k numbers, a single page-through times out).
 */
public class InserviceReconcileRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:inservice-reconcile?delay=60000&period={{reconcile.period-ms:86400000}}")
                .routeId("inservice-reconcile")
                .setBody(simple("{{reconcile.area-codes}}"))
                .split(body().tokenize(","))
                    .setHeader("npa", body())
                    .to("direct:inservice-by-npa")
                .end();

        from("direct:inservice-by-npa")
                .routeId("inservice-by-npa")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .toD("{{dashboard.base-url}}/accounts/{{dashboard.account-id}}/inserviceNumbers?areacode=${header.npa}&size=2500"
                        + "&authMethod=Basic&authUsername=RAW({{dashboard.username}})&authPassword=RAW({{dashboard.password}})")
                .convertBodyTo(String.class)
                .split(xpath("//TelephoneNumbers/TelephoneNumber/text()"), new AreaCodeBucketStrategy())
                    .process(new InserviceNumberProcessor())
                .end()
                .log("NPA ${header.npa}: ${body}")
                .to("direct:publish-capacity");

        from("direct:publish-capacity")
                .routeId("publish-capacity")
                .marshal().json()
                .to("kafka:{{kafka.topics.capacity}}");
    }
}
