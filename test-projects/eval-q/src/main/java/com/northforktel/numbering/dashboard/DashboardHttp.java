package com.northforktel.numbering.dashboard;

import static com.northforktel.numbering.config.ConfigKeys.FALLBACK_DASHBOARD_BASE;

import com.google.inject.Inject;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.northforktel.numbering.config.ConfigKeys;
import com.northforktel.numbering.config.DashboardSettings;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared plumbing for every call to the Bandwidth Dashboard: base URL, basic auth, XML headers,
 * timeouts and status handling.
 */
@Singleton
public class DashboardHttp {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttp.class);
    private static final String XML = "application/xml";

    private final WebClient client;
    private final String baseUrl;
    private final String accountId;
    private final String authorization;
    private final long timeoutMs;

    @Inject
    public DashboardHttp(WebClient client, DashboardSettings settings,
                         @Named(ConfigKeys.DASHBOARD_TIMEOUT) String timeoutMs) {
        this.client = client;
        String configured = settings.baseUrl();
        this.baseUrl = trimSlash(configured == null || configured.isBlank() ? FALLBACK_DASHBOARD_BASE : configured);
        this.accountId = settings.accountId();
        String credentials = settings.username() + ":" + settings.password();
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        this.timeoutMs = Long.parseLong(timeoutMs);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    public WebClient webClient() {
        return client;
    }

    /** Expands a {@link DashboardPaths} template; the account id is filled in first. */
    public String url(String template, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = accountId;
        System.arraycopy(args, 0, all, 1, args.length);
        return baseUrl + String.format(template, all);
    }

    public HttpRequest<Buffer> get(String absoluteUrl) {
        return prepare(client.getAbs(absoluteUrl));
    }

    public HttpRequest<Buffer> post(String absoluteUrl) {
        return prepare(client.postAbs(absoluteUrl));
    }

    public HttpRequest<Buffer> put(String absoluteUrl) {
        return prepare(client.putAbs(absoluteUrl));
    }

    public HttpRequest<Buffer> delete(String absoluteUrl) {
        return prepare(client.deleteAbs(absoluteUrl));
    }

    public HttpRequest<Buffer> prepare(HttpRequest<Buffer> request) {
        return request
                .putHeader(HttpHeaders.AUTHORIZATION.toString(), authorization)
                .putHeader(HttpHeaders.ACCEPT.toString(), XML)
                .timeout(timeoutMs);
    }

    public Future<String> sendXml(HttpRequest<Buffer> request, String xml) {
        return request
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), XML + "; charset=utf-8")
                .sendBuffer(Buffer.buffer(xml, "UTF-8"))
                .compose(this::bodyOf);
    }

    public Future<String> send(HttpRequest<Buffer> request) {
        return request.send().compose(this::bodyOf);
    }

    public Future<HttpResponse<Buffer>> sendRaw(HttpRequest<Buffer> request) {
        return request.send();
    }

    private Future<String> bodyOf(HttpResponse<Buffer> response) {
        int status = response.statusCode();
        String body = response.bodyAsString();
        if (status >= 200 && status < 300) {
            return Future.succeededFuture(body == null ? "" : body);
        }
        log.warn("dashboard answered {}: {}", status, abbreviate(body));
        return Future.failedFuture(new DashboardCallException(status, body));
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "<empty>";
        }
        return body.length() > 400 ? body.substring(0, 400) + "..." : body;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Non-2xx answer from the Dashboard. */
    public static final class DashboardCallException extends RuntimeException {

        private final int status;
        private final String body;

        public DashboardCallException(int status, String body) {
            super("Dashboard call failed with HTTP " + status);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }
}
