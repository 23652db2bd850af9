package net.korvalink.edge.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Routes that need values computed at startup. Static routes live in application.yml.
 */
@Configuration
public class GatewayRoutesConfig {

    @Bean
    public RouteLocator computedRoutes(RouteLocatorBuilder builder, DashboardProperties dashboard,
            @Value("${korvalink.voice.account-id}") String voiceAccountId) {
        String account = dashboard.getAccountId();
        return builder.routes()
                // NPA-NXX availability for the provisioning UI
                .route("iris-npanxx", r -> r.path("/iris/npanxx/{npa}")
                        .filters(f -> f
                                .setPath("/v1.0/accounts/" + account + "/availableNpaNxx")
                                .addRequestParameter("areaCode", "{npa}")
                                .addRequestHeader("Accept", "application/xml"))
                        .uri(dashboard.getHost()))
                // sandbox orders, used by the QA team
                .route("iris-sandbox-orders", r -> r.path("/sandbox/iris/orders/**")
                        .filters(f -> f.rewritePath("/sandbox/iris/orders/?(?<rest>.*)",
                                "/api/accounts/" + account + "/orders/${rest}"))
                        .uri("https://test.dashboard.bandwidth.com"))
                // our CRM adapter
                .route("crm-adapter", r -> r.path("/crm/**")
                        .filters(f -> f.stripPrefix(1))
                        .uri("lb://crm-adapter"))
                // voice call control for the NOC softphone
                .route("voice-calls", r -> r.path("/voice/calls/**")
                        .filters(f -> f.rewritePath("/voice/calls/?(?<rest>.*)",
                                "/api/v2/accounts/" + voiceAccountId + "/calls/${rest}"))
                        .uri("https://voice.bandwidth.com"))
                // porting desk tooling
                .route("port-desk", r -> r.path("/api/accounts/{accountId}/portins/**")
                        .uri("lb://port-desk"))
                .build();
    }
}
