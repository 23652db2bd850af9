package com.bluepinenet.cdrpipeline.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.bluepinenet.cdrpipeline.config.DashboardProperties;
import io.github.resilience4j.retry.Retry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Small asynchronous client for the Dashboard REST API on top of java.net.http.
 * Every call goes through the shared Resilience4j retry (429 and 5xx are retried).
 */
@Component
public class DashboardHttpClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttpClient.class);
    private static final String XML = "application/xml; charset=utf-8";

    private final HttpClient http;
    private final Retry retry;
    private final ScheduledExecutorService scheduler;
    private final String baseUrl;
    private final String authorization;
    private final Duration timeout;

    public DashboardHttpClient(HttpClient http, Retry dashboardRetry, ScheduledExecutorService retryScheduler,
                               @Value("${dashboard.base-url:https://dashboard.bandwidth.com/api}") String baseUrl,
                               DashboardProperties props) {
        this.http = http;
        this.retry = dashboardRetry;
        this.scheduler = retryScheduler;
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.timeout = props.getRequestTimeout();
        String credentials = props.getUsername() + ":" + props.getPassword();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    public String baseUrl() {
        return baseUrl;
    }

    public CompletableFuture<String> get(String path) {
        return get(URI.create(baseUrl + path));
    }

    public CompletableFuture<String> get(URI uri) {
        return send(request(uri).GET().build());
    }

    public CompletableFuture<byte[]> download(String path) {
        HttpRequest request = request(URI.create(baseUrl + path)).GET().build();
        Supplier<CompletionStage<byte[]>> call = () -> http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(resp -> {
                    check(resp.statusCode(), () -> new String(resp.body(), StandardCharsets.UTF_8));
                    return resp.body();
                });
        return retry.executeCompletionStage(scheduler, call).toCompletableFuture();
    }

    public CompletableFuture<String> postXml(String path, String body) {
        HttpRequest request = request(URI.create(baseUrl + path))
                .header("Content-Type", XML)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    public CompletableFuture<String> putXml(String path, String body) {
        HttpRequest request = request(URI.create(baseUrl + path))
                .header("Content-Type", XML)
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    public CompletableFuture<String> delete(String path) {
        return send(request(URI.create(baseUrl + path)).DELETE().build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/xml")
                .header("User-Agent", "bluepine-cdr-enrichment/2.14");
    }

    private CompletableFuture<String> send(HttpRequest request) {
        Supplier<CompletionStage<String>> call = () -> http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .thenApply(resp -> {
                    check(resp.statusCode(), resp::body);
                    return resp.body();
                });
        return retry.executeCompletionStage(scheduler, call)
                .toCompletableFuture()
                .whenComplete((body, error) -> {
                    if (error != null) {
                        log.warn("Dashboard {} {} failed after retries: {}", request.method(), request.uri(), error.toString());
                    }
                });
    }

    private static void check(int status, Supplier<String> body) {
        if (status == 429 || status >= 500) {
            throw new RetryableException(status, body.get());
        }
        if (status >= 400) {
            throw new ClientException(status, body.get());
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A Dashboard answer worth retrying: 429 or any 5xx. */
    public static class RetryableException extends RuntimeException {

        private final int status;

        public RetryableException(int status, String body) {
            super("Dashboard answered " + status + ": " + abbreviate(body));
            this.status = status;
        }

        public int getStatus() {
            return status;
        }
    }

    /** A 4xx from the Dashboard; the body carries an ErrorCode/Description pair we surface to ops. */
    public static class ClientException extends RuntimeException {

        private static final Pattern ERROR_CODE = Pattern.compile("<ErrorCode>(\\d+)</ErrorCode>");
        private static final Pattern DESCRIPTION = Pattern.compile("<Description>([^<]*)</Description>");

        private final int status;
        private final String errorCode;

        public ClientException(int status, String body) {
            super("Dashboard rejected request (" + status + "): " + extract(DESCRIPTION, body));
            this.status = status;
            this.errorCode = extract(ERROR_CODE, body);
        }

        public int getStatus() {
            return status;
        }

        public String getErrorCode() {
            return errorCode;
        }

        private static String extract(Pattern pattern, String body) {
            if (body == null) {
                return "";
            }
            Matcher m = pattern.matcher(body);
            return m.find() ? m.group(1) : abbreviate(body);
        }
    }

    static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
