package com.cascadia.numprov.iris;

import com.cascadia.numprov.config.AppConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Thin wrapper over {@link HttpClient} for the Dashboard API: basic auth, XML content type,
 * error mapping. One instance per account.
 */
public class IrisHttp {

    private static final Logger LOG = Logger.getLogger(IrisHttp.class.getName());

    static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api";
    private static final String XML = "application/xml; charset=utf-8";

    private final HttpClient client;
    private final String baseUrl;
    private final String accountId;
    private final String authorization;
    private final Duration timeout;

    public IrisHttp(AppConfig config) {
        this(config.get("iris.base-url", DEFAULT_BASE_URL),
                config.get("iris.account-id"),
                config.get("iris.username"),
                config.get("iris.password", ""),
                Duration.ofSeconds(config.getInt("iris.timeout-seconds", 30)));
    }

    public IrisHttp(String baseUrl, String accountId, String user, String password, Duration timeout) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    public String get(String url) {
        return send("GET", url, null, XML);
    }

    public String post(String url, String xml) {
        return send("POST", url, xml, XML);
    }

    public String postJson(String url, String json) {
        return send("POST", url, json, "application/json");
    }

    public String put(String url, String xml) {
        return send("PUT", url, xml, XML);
    }

    public void delete(String url) {
        send("DELETE", url, null, XML);
    }

    public String send(String method, String url, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", contentType.startsWith("application/json") ? "application/json" : "application/xml")
                .header("User-Agent", "cascadia-numprov/3.4");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType)
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        LOG.fine(() -> method + " " + url);
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                LOG.log(Level.WARNING, "Dashboard API error {0} for {1} {2}",
                        new Object[] {response.statusCode(), method, url});
                throw new IrisApiException(method, url, response.statusCode(), response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IrisApiException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IrisApiException(method + " " + url + " interrupted", e);
        }
    }
}
