package net.harbourline.tnbridge.routes;

import org.apache.camel.builder.RouteBuilder;

/** Heartbeat to ops monitoring plus a liveness endpoint for the load balancer. */
public class MonitoringRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("timer:heartbeat?period=60000")
                .routeId("heartbeat")
                .setBody(simple("{\"routes\":${camelContext.routes.size},\"uptime\":\"${camelContext.uptime}\"}"))
                .bean("healthPublisher");

        from("platform-http:/health/live")
                .routeId("liveness")
                .setBody(constant("OK"));

        from("timer:dashboard-ping?period=300000")
                .routeId("dashboard-ping")
                .setHeader("CamelHttpMethod", constant("GET"))
                .toD("{{dashboard.base-url:https://dashboard.bandwidth.com/api}}/accounts/{{dashboard.account-id}}/sites"
                        + "?authMethod=Basic&authUsername=RAW({{dashboard.username}})&authPassword=RAW({{dashboard.password}})"
                        + "&throwExceptionOnFailure=false")
                .filter(header("CamelHttpResponseCode").isNotEqualTo(200))
                    .log("Dashboard ping answered ${header.CamelHttpResponseCode}")
                .end();

        from("platform-http:/health/dashboard")
                .routeId("dashboard-reachability")
                .bean("irisInventory", "nocNumberStatus")
                .log("Dashboard reachable, NOC hotline status ${body}");
    }
}
