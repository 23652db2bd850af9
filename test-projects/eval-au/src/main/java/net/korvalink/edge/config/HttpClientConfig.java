package net.korvalink.edge.config;

import java.time.Duration;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;

import net.korvalink.edge.monitoring.IrisClient;

/** Outbound HTTP: the Jetty client, XML mapping and the Resilience4j registries around it. */
@Configuration
public class HttpClientConfig {

    /** One Jetty client for every outbound call of the service (Dashboard, partners, internal services). */
    @Bean(destroyMethod = "stop")
    public HttpClient jettyHttpClient() throws Exception {
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(new SslContextFactory.Client());
        connector.setConnectTimeout(java.time.Duration.ofSeconds(5));
        HttpClient client = new HttpClient(new org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP(connector));
        client.setMaxConnectionsPerDestination(32);
        client.setFollowRedirects(false);
        client.setUserAgentField(new org.eclipse.jetty.http.HttpField(
                org.eclipse.jetty.http.HttpHeader.USER_AGENT, "korvalink-edge-ops/2.7"));
        client.start();
        return client;
    }

    @Bean
    public XmlMapper dashboardXmlMapper() {
        XmlMapper mapper = new XmlMapper();
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.findAndRegisterModules();
        return mapper;
    }

    /** Metrics go to Iris, the company's metrics platform. */
    @Bean
    public IrisClient irisMetricsClient(HttpClient jettyHttpClient,
            @Value("${korvalink.metrics.user:edge-ops}") String user,
            @Value("${korvalink.metrics.api-key:}") String apiKey) {
        return new IrisClient("numbers", user, apiKey).withHttpClient(jettyHttpClient);
    }


    @Bean
    public CircuitBreakerRegistry circuitBreakerRegistry() {
        CircuitBreakerConfig dashboard = CircuitBreakerConfig.custom()
                .slidingWindowSize(50)
                .failureRateThreshold(40f)
                .slowCallDurationThreshold(Duration.ofSeconds(8))
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .build();
        return CircuitBreakerRegistry.of(dashboard);
    }

    @Bean
    public RetryRegistry retryRegistry() {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(3)
                .waitDuration(Duration.ofMillis(750))
                .retryExceptions(java.util.concurrent.TimeoutException.class, java.io.IOException.class)
                .ignoreExceptions(HttpResponseException.class)
                .build();
        return RetryRegistry.of(config);
    }

    @Bean
    public RateLimiterRegistry rateLimiterRegistry() {
        // The Dashboard throttles at roughly 10 requests per second per account.
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(8)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ofSeconds(5))
                .build();
        return RateLimiterRegistry.of(config);
    }

    @Bean
    public BulkheadRegistry bulkheadRegistry() {
        return BulkheadRegistry.of(BulkheadConfig.custom().maxConcurrentCalls(16).build());
    }
}
