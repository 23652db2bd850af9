package net.corvalink.numbering.iris;

import com.fasterxml.jackson.databind.JsonNode;
import net.corvalink.numbering.config.NumberingConfig;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Thin wrapper around the classic Apache client for Dashboard calls: basic auth,
 * XML bodies, and error answers turned into {@link DashboardException}.
 */
public class DashboardHttp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttp.class);

    private final CloseableHttpClient client;
    private final String baseUrl;
    private final String accountId;
    private final String authorization;

    public DashboardHttp(NumberingConfig config) {
        this(config.irisBaseUrl(), config.accountId(), config.irisUser(), config.irisPassword(),
                Timeout.ofMilliseconds(config.responseTimeout().toMillis()));
    }

    public DashboardHttp(String baseUrl, String accountId, String user, String password, Timeout timeout) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.client = HttpClients.custom()
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .setUserAgent("corvalink-numbering-worker/2.7")
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    /** {@code base/accounts/{id}} followed by the given suffix. */
    public String accountUrl(String suffix) {
        return baseUrl + "/accounts/" + accountId + suffix;
    }

    public JsonNode get(String url) throws IOException {
        return execute(new HttpGet(url));
    }

    public JsonNode get(URI uri) throws IOException {
        return execute(new HttpGet(uri));
    }

    public JsonNode post(String url, String xmlBody) throws IOException {
        return execute(ClassicRequestBuilder.post(url)
                .setEntity(xmlBody, ContentType.APPLICATION_XML)
                .build());
    }

    public JsonNode put(String url, String xmlBody) throws IOException {
        return execute(ClassicRequestBuilder.put(url)
                .setEntity(xmlBody, ContentType.APPLICATION_XML)
                .build());
    }

    public void delete(String url) throws IOException {
        execute(new HttpDelete(url));
    }

    public JsonNode execute(ClassicHttpRequest request) throws IOException {
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.setHeader(HttpHeaders.ACCEPT, "application/xml");
        return client.execute(request, response -> {
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
            int status = response.getCode();
            if (status >= 400) {
                log.warn("Dashboard answered {} for {} {}", status, request.getMethod(), request.getRequestUri());
                throw new DashboardException(status, body);
            }
            return body.isBlank() ? XmlSupport.mapper().createObjectNode() : XmlSupport.tree(body);
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    /** Error answer of the Dashboard. */
    public static class DashboardException extends IOException {

        private final int status;
        private final String body;

        public DashboardException(int status, String body) {
            super("Dashboard request failed with HTTP " + status);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        public boolean retryable() {
            return status == 429 || status >= 500;
        }
    }
}
