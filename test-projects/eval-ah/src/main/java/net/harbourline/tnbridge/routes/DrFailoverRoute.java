package net.harbourline.tnbridge.routes;

import net.harbourline.tnbridge.processor.DrMoveTnsProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * Disaster recovery: moves the NOC and main office numbers to the DR sip peer when the primary SBC
 * cluster is declared down, and back when it recovers.
 */
public class DrFailoverRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("platform-http:/internal/dr/failover?httpMethodRestrict=POST")
                .routeId("dr-failover")
                .setHeader("targetPeer", simple("{{dashboard.dr-sip-peer-id}}"))
                .to("direct:move-dr-numbers")
                .setBody(simple("moved ${header.movedCount} numbers to peer ${header.targetPeer}"));

        from("platform-http:/internal/dr/failback?httpMethodRestrict=POST")
                .routeId("dr-failback")
                .setHeader("targetPeer", simple("{{dashboard.sip-peer-id}}"))
                .to("direct:move-dr-numbers")
                .setBody(simple("moved ${header.movedCount} numbers to peer ${header.targetPeer}"));

        from("direct:move-dr-numbers")
                .routeId("move-dr-numbers")
                .process(new DrMoveTnsProcessor())
                .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                .setHeader(Exchange.CONTENT_TYPE, constant("application/xml"))
                .toD(DashboardUris.account("/sites/{{dashboard.site-id}}/sippeers/${header.targetPeer}/movetns"));
    }
}
