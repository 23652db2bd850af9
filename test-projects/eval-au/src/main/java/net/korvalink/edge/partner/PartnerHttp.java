package net.korvalink.edge.partner;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpHeader;
import org.springframework.stereotype.Component;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.functions.CheckedSupplier;

/** Shared plumbing for calls to partners and internal services: one bulkhead and breaker per partner. */
@Component
public class PartnerHttp {

    private final HttpClient http;
    private final CircuitBreakerRegistry breakers;
    private final BulkheadRegistry bulkheads;

    public PartnerHttp(HttpClient http, CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads) {
        this.http = http;
        this.breakers = breakers;
        this.bulkheads = bulkheads;
    }

    public Request request(String url) {
        return http.newRequest(url).timeout(15, TimeUnit.SECONDS);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Request withBasicAuth(Request request, String user, String password) {
        return request.headers(h -> h.put(HttpHeader.AUTHORIZATION, basic(user, password)));
    }

    public String send(String partner, Request request) {
        CheckedSupplier<String> call = () -> {
            ContentResponse response = request.send();
            if (response.getStatus() >= 400) {
                throw new IllegalStateException(partner + " answered " + response.getStatus());
            }
            return response.getContentAsString();
        };
        CheckedSupplier<String> guarded = Bulkhead.decorateCheckedSupplier(bulkheads.bulkhead(partner),
                CircuitBreaker.decorateCheckedSupplier(breakers.circuitBreaker(partner), call));
        try {
            return guarded.get();
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(partner + " call failed", t);
        }
    }
}
