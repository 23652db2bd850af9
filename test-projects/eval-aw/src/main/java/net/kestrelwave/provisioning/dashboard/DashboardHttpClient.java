package net.kestrelwave.provisioning.dashboard;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Recover;
import org.springframework.retry.annotation.Retryable;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * java.net.http client for the Dashboard. 5xx and 429 are retried by Spring Retry; 4xx are returned to
 * the caller, which maps them to gRPC statuses.
 * <p>
 * {@code baseUrl} is the API root, e.g. {@code https://dashboard.bandwidth.com/api}; requests append
 * {@code /accounts/{id}/...} to it.
 */
public class DashboardHttpClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttpClient.class);

    private final HttpClient http;
    private final String baseUrl;
    private final String authorization;
    private final DashboardMetrics metrics;

    public DashboardHttpClient(String baseUrl, String username, String password, DashboardMetrics metrics) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.baseUrl = baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.metrics = metrics;
    }

    /** 5xx, 429 and I/O errors: worth retrying. */
    public static class DashboardUnavailableException extends RuntimeException {

        private final int status;

        public DashboardUnavailableException(int status, String message) {
            super(message);
            this.status = status;
        }

        public DashboardUnavailableException(String message, Throwable cause) {
            super(message, cause);
            this.status = -1;
        }

        public int status() {
            return status;
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Retryable(retryFor = DashboardUnavailableException.class, maxAttempts = 4,
            backoff = @Backoff(delay = 250, multiplier = 2.0, maxDelay = 4000))
    public DashboardResponse execute(DashboardRequest request) {
        return send(request.method(), request.toUri(baseUrl), request.body(), request.operation());
    }

    @Retryable(retryFor = DashboardUnavailableException.class, maxAttempts = 4,
            backoff = @Backoff(delay = 250, multiplier = 2.0, maxDelay = 4000))
    public DashboardResponse execute(String method, URI uri, String body, String operation) {
        return send(method, uri, body, operation);
    }

    @Recover
    public DashboardResponse giveUp(DashboardUnavailableException e, DashboardRequest request) {
        log.error("Dashboard still failing after retries: {} ({})", request, e.getMessage());
        throw e;
    }

    private DashboardResponse send(String method, URI uri, String body, String operation) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .header("Accept", "application/xml");
        if (body != null) {
            builder.header("Content-Type", "application/xml; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest httpRequest = builder.build();
        return metrics.time(operation, () -> {
            try {
                HttpResponse<String> response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
                metrics.status(operation, response.statusCode());
                if (response.statusCode() >= 500 || response.statusCode() == 429) {
                    metrics.retry(operation);
                    throw new DashboardUnavailableException(response.statusCode(),
                            method + " " + uri.getPath() + " answered " + response.statusCode());
                }
                return new DashboardResponse(response.statusCode(), response.body(), response.headers());
            } catch (IOException e) {
                throw new DashboardUnavailableException("I/O error calling " + uri.getHost(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DashboardUnavailableException("interrupted", e);
            }
        });
    }
}
