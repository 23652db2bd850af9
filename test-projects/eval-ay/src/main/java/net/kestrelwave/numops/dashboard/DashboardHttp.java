package net.kestrelwave.numops.dashboard;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Basic-auth XML transport for the Dashboard API, on Apache HttpClient 5 classic. */
public class DashboardHttp implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttp.class);

    private final CloseableHttpClient client;
    private final URI baseUri;
    private final String accountId;
    private final String authorization;

    public DashboardHttp(String baseUrl, String accountId, String username, String password, int timeoutSeconds) {
        this.baseUri = URI.create(baseUrl);
        this.accountId = accountId;
        String credentials = username + ":" + password;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        RequestConfig config = RequestConfig.custom()
                .setResponseTimeout(Timeout.ofSeconds(timeoutSeconds))
                .setConnectionRequestTimeout(Timeout.ofSeconds(timeoutSeconds))
                .build();
        this.client = HttpClients.custom()
                .setDefaultRequestConfig(config)
                .setUserAgent("numctl/2.4 (+numops@kestrelwave.net)")
                .build();
    }

    public String accountId() {
        return accountId;
    }

    public URI baseUri() {
        return baseUri;
    }

    /** A builder rooted at {@code <base>/accounts/<accountId>}, with the given segments appended. */
    public URIBuilder accountUri(String... segments) {
        return new URIBuilder(baseUri)
                .appendPathSegments("accounts", accountId)
                .appendPathSegments(segments);
    }

    public String get(URI uri) throws IOException {
        return execute(ClassicRequestBuilder.get(uri).build());
    }

    public String post(URI uri, String xml) throws IOException {
        return execute(ClassicRequestBuilder.post(uri)
                .setEntity(xml, ContentType.APPLICATION_XML.withCharset(StandardCharsets.UTF_8))
                .build());
    }

    public String put(URI uri, String xml) throws IOException {
        return execute(ClassicRequestBuilder.put(uri)
                .setEntity(xml, ContentType.APPLICATION_XML.withCharset(StandardCharsets.UTF_8))
                .build());
    }

    public void delete(URI uri) throws IOException {
        execute(ClassicRequestBuilder.delete(uri).build());
    }

    public byte[] download(URI uri) throws IOException {
        ClassicHttpRequest request = ClassicRequestBuilder.get(uri).build();
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        return client.execute(request, response -> {
            if (response.getCode() >= 400) {
                throw new DashboardException(response.getCode(), EntityUtils.toString(response.getEntity()));
            }
            return EntityUtils.toByteArray(response.getEntity());
        });
    }

    private String execute(ClassicHttpRequest request) throws IOException {
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.setHeader(HttpHeaders.ACCEPT, "application/xml");
        log.debug("{} {}", request.getMethod(), request.getRequestUri());
        return client.execute(request, response -> {
            int status = response.getCode();
            String body = response.getEntity() == null
                    ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            if (status >= 400) {
                throw new DashboardException(status, body);
            }
            return body;
        });
    }

    @Override
    public void close() throws IOException {
        client.close();
    }

    public static class DashboardException extends IOException {
        private final int status;
        private final String body;

        public DashboardException(int status, String body) {
            super("Dashboard answered HTTP " + status + ": " + body);
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
