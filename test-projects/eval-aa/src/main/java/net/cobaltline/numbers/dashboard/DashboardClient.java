package net.cobaltline.numbers.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import net.cobaltline.numbers.config.DashboardSettings;

/**
 * Thin wrapper around the JDK HTTP client for the Dashboard numbers API: basic auth,
 * XML content type, account-scoped URLs and one retry on 5xx.
 */
public class DashboardClient {

    private static final Logger log = LoggerFactory.getLogger(DashboardClient.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String XML = "application/xml; charset=utf-8";

    private final HttpClient http;
    private final String baseUrl;
    private final String accountId;
    private final String authorization;

    public DashboardClient(HttpClient http, DashboardSettings settings) {
        this.http = http;
        this.baseUrl = settings.baseUrl();
        this.accountId = settings.accountId();
        String token = settings.username() + ":" + settings.password();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8));
    }

    public static DashboardClient create(DashboardSettings settings) {
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new DashboardClient(http, settings);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    /** {@code <base>/accounts/<id>} followed by {@code path}, which starts with a slash. */
    public URI accountUri(String path) {
        return URI.create(baseUrl + DashboardPaths.ACCOUNTS + accountId + path);
    }

    public URI accountUri(String path, QueryString query) {
        return URI.create(baseUrl + DashboardPaths.ACCOUNTS + accountId + path + query.render());
    }

    /** Builds the account URL from bare path segments: {@code segments("sites", "12", "sippeers")}. */
    public URI segments(String... segments) {
        StringBuilder sb = new StringBuilder(baseUrl).append(DashboardPaths.ACCOUNTS).append(accountId);
        for (String s : segments) {
            sb.append('/').append(s);
        }
        return URI.create(sb.toString());
    }

    public DashboardResponse get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET());
    }

    public DashboardResponse post(URI uri, String xml) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", XML)
                .POST(HttpRequest.BodyPublishers.ofString(xml)));
    }

    public DashboardResponse put(URI uri, String xml) {
        return send(HttpRequest.newBuilder(uri).header("Content-Type", XML)
                .PUT(HttpRequest.BodyPublishers.ofString(xml)));
    }

    public DashboardResponse delete(URI uri) {
        return send(HttpRequest.newBuilder(uri).DELETE());
    }

    private DashboardResponse send(HttpRequest.Builder builder) {
        HttpRequest request = builder
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Accept", "application/xml")
                .header("User-Agent", "cobaltline-tnprov/3.8")
                .build();
        DashboardResponse response = exchange(request);
        if (response.status() >= 500) {
            log.warn("Dashboard {} {} answered {}, retrying once", request.method(), request.uri().getPath(), response.status());
            response = exchange(request);
        }
        return response;
    }

    private DashboardResponse exchange(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            log.debug("{} {} -> {} in {} ms", request.method(), request.uri(), r.statusCode(),
                    (System.nanoTime() - start) / 1_000_000);
            return new DashboardResponse(r.statusCode(), r.body(), r.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new DashboardException("I/O error calling " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DashboardException("interrupted calling " + request.uri().getPath(), e);
        }
    }
}
