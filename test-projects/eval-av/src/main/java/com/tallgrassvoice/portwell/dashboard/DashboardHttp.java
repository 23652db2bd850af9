package com.tallgrassvoice.portwell.dashboard;

import com.tallgrassvoice.portwell.config.AppConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Thin XML-over-HTTP client for the Dashboard API, for the calls the SDK does not cover.
 * Paths passed in are relative to the configured base ({@code https://dashboard.bandwidth.com/api}
 * in production), e.g. {@code /accounts/9900123/orders}.
 */
public class DashboardHttp {

    /** A 5xx answer or an interrupted call. */
    public static class DashboardException extends RuntimeException {
        public DashboardException(String message) {
            super(message);
        }
    }

    private final HttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String authorization;

    public DashboardHttp(AppConfig cfg) {
        this(cfg.dashboardBaseUrl(), cfg.accountId(), cfg.username(), cfg.password());
    }

    public DashboardHttp(String baseUrl, String accountId, String user, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public String accountId() {
        return accountId;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Builds {@code /accounts/{accountId}/seg1/seg2/...}. */
    public String accountPath(String... segments) {
        StringBuilder sb = new StringBuilder("/accounts/").append(accountId);
        for (String segment : segments) {
            sb.append('/').append(segment);
        }
        return sb.toString();
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    public HttpResponse<String> get(String path) {
        return send(request(uri(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String xml) {
        return postTo(uri(path), xml);
    }

    public HttpResponse<String> postTo(URI absolute, String xml) {
        return send(request(absolute).POST(HttpRequest.BodyPublishers.ofString(xml)).build());
    }

    public HttpResponse<String> put(String path, String xml) {
        return send(request(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(xml)).build());
    }

    public HttpResponse<String> delete(String path) {
        return send(request(uri(path)).DELETE().build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Content-Type", "application/xml")
                .header("Accept", "application/xml");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                throw new DashboardException(request.method() + " " + request.uri() + " -> " + response.statusCode());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DashboardException("interrupted: " + request.uri());
        }
    }
}
