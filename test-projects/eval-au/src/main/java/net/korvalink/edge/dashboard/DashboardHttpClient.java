package net.korvalink.edge.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.StringRequestContent;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import net.korvalink.edge.config.DashboardProperties;

/**
 * Thin Jetty-based client for the Dashboard XML API, with rate limiting, retries and a circuit breaker.
 */
@Component
public class DashboardHttpClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttpClient.class);
    static final String XML = "application/xml";

    private final HttpClient http;
    private final DashboardProperties props;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final RateLimiter rateLimiter;

    public DashboardHttpClient(HttpClient http, DashboardProperties props, CircuitBreakerRegistry breakers,
            RetryRegistry retries, RateLimiterRegistry limiters) {
        this.http = http;
        this.props = props;
        this.circuitBreaker = breakers.circuitBreaker("dashboard");
        this.retry = retries.retry("dashboard");
        this.rateLimiter = limiters.rateLimiter("dashboard");
    }

    /** A request for a path relative to the configured base URL, with credentials set. */
    public Request newRequest(String path) {
        return authorize(http.newRequest(props.getBaseUrl() + path));
    }

    /** A request on the bare Dashboard host; the caller sets the full path. */
    public Request newHostRequest() {
        return authorize(http.newRequest(props.getHost()));
    }

    /** A request for an absolute URL someone already assembled. */
    public Request newAbsoluteRequest(String url) {
        return authorize(http.newRequest(url));
    }

    private Request authorize(Request request) {
        String token = Base64.getEncoder().encodeToString(
                (props.getUsername() + ":" + props.getPassword()).getBytes(StandardCharsets.UTF_8));
        return request
                .timeout(props.getTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .headers(h -> h.put(HttpHeader.AUTHORIZATION, "Basic " + token)
                        .put(HttpHeader.ACCEPT, XML));
    }

    public String get(String path) {
        return execute(() -> newRequest(path).method(HttpMethod.GET));
    }

    public String post(String path, String xml) {
        return execute(() -> newRequest(path).method(HttpMethod.POST).body(new StringRequestContent(XML, xml)));
    }

    public String put(String path, String xml) {
        return execute(() -> newRequest(path).method(HttpMethod.PUT).body(new StringRequestContent(XML, xml)));
    }

    public String delete(String path) {
        return execute(() -> newRequest(path).method(HttpMethod.DELETE));
    }

    /**
     * Sends the request built by {@code factory}; a fresh request is built for every retry attempt.
     */
    public String execute(Supplier<Request> factory) {
        CheckedSupplier<String> call = () -> {
            Request request = factory.get();
            log.debug("Dashboard {} {}", request.getMethod(), request.getURI());
            ContentResponse response = request.send();
            if (response.getStatus() >= 400) {
                throw new DashboardCallException(request.getURI(), response.getStatus(),
                        response.getContentAsString());
            }
            return response.getContentAsString();
        };
        CheckedSupplier<String> decorated = RateLimiter.decorateCheckedSupplier(rateLimiter,
                CircuitBreaker.decorateCheckedSupplier(circuitBreaker,
                        Retry.decorateCheckedSupplier(retry, call)));
        try {
            return decorated.get();
        } catch (DashboardCallException e) {
            throw e;
        } catch (Throwable t) {
            throw new DashboardCallException(null, t);
        }
    }

    public String accountId() {
        return props.getAccountId();
    }

    public static class DashboardCallException extends RuntimeException {

        private final int status;
        private final String responseBody;

        public DashboardCallException(java.net.URI uri, int status, String responseBody) {
            super("Dashboard call " + uri + " failed with HTTP " + status);
            this.status = status;
            this.responseBody = responseBody;
        }

        public DashboardCallException(java.net.URI uri, Throwable cause) {
            super("Dashboard call " + uri + " failed", cause);
            this.status = -1;
            this.responseBody = null;
        }

        public int getStatus() {
            return status;
        }

        public String getResponseBody() {
            return responseBody;
        }
    }
}
