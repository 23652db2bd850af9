package net.korvalink.edge.config;

import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Reports DOWN when the Dashboard does not list our sites; the NOC dashboard alerts on it. */
@Component("dashboard")
public class DashboardHealthIndicator implements ReactiveHealthIndicator {

    private final HttpClient http;
    private final DashboardProperties props;
    private final String pingUrl;

    public DashboardHealthIndicator(HttpClient http, DashboardProperties props,
            @Value("${korvalink.dashboard.ping-url:https://dashboard.bandwidth.com/api/accounts/${korvalink.dashboard.account-id}/sites}") String pingUrl) {
        this.http = http;
        this.props = props;
        this.pingUrl = pingUrl;
    }

    @Override
    public Mono<Health> health() {
        return Mono.fromCallable(() -> {
            ContentResponse response = http.newRequest(pingUrl)
                    .headers(h -> h.put("Authorization", net.korvalink.edge.partner.PartnerHttp.basic(
                            props.getUsername(), props.getPassword())))
                    .send();
            return response.getStatus() == 200
                    ? Health.up().withDetail("status", response.getStatus()).build()
                    : Health.down().withDetail("status", response.getStatus()).build();
        }).subscribeOn(Schedulers.boundedElastic())
                .onErrorResume(e -> Mono.just(Health.down(e).build()));
    }
}
