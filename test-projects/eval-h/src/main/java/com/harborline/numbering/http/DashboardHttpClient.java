package com.harborline.numbering.http;

import com.harborline.numbering.config.BackOfficeProperties;
import com.harborline.numbering.config.HttpClientConfig;
import com.harborline.numbering.config.IrisConstants;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin Apache HttpClient 5 wrapper around the Dashboard XML API for the scheduled jobs.
 * Returns the body as a String; callers parse it with {@code XmlSupport}.
 */
public class DashboardHttpClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardHttpClient.class);
    private static final ContentType XML = ContentType.create("application/xml", StandardCharsets.UTF_8);

    private final CloseableHttpClient http;
    private final String apiRoot;
    private final String authorization;

    public DashboardHttpClient(BackOfficeProperties props) {
        this(HttpClientConfig.create(), props.irisBase(),
                BasicAuthSupport.header(props.username(), props.password()));
    }

    public DashboardHttpClient(CloseableHttpClient http, String apiRoot, String authorization) {
        this.http = http;
        this.apiRoot = apiRoot;
        this.authorization = authorization;
    }

    public String apiRoot() {
        return apiRoot;
    }

    /** {@code <root>/accounts/{id}/<segments...>} */
    public URI accountUri(String accountId, String... segments) throws URISyntaxException {
        return new URIBuilder(apiRoot)
                .appendPathSegments("accounts", accountId)
                .appendPathSegments(segments)
                .build();
    }

    /** E911 addresses registered on the account (paged by Dashboard, 500 max). */
    public URI e911AddressesUri(String accountId, int page) throws URISyntaxException {
        return new URIBuilder(apiRoot)
                .appendPathSegments("accounts", accountId, "addresses")
                .addParameter("page", String.valueOf(page))
                .addParameter("size", String.valueOf(IrisConstants.DEFAULT_PAGE_SIZE))
                .build();
    }

    public String get(URI uri) throws IOException {
        return execute(ClassicRequestBuilder.get(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .addHeader(HttpHeaders.ACCEPT, "application/xml")
                .build());
    }

    public String get(String url) throws IOException {
        return get(URI.create(url));
    }

    public String post(URI uri, String xml) throws IOException {
        return execute(ClassicRequestBuilder.post(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .setEntity(new StringEntity(xml, XML))
                .build());
    }

    public String put(URI uri, String xml) throws IOException {
        return execute(ClassicRequestBuilder.put(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .setEntity(new StringEntity(xml, XML))
                .build());
    }

    public byte[] download(URI uri) throws IOException {
        ClassicHttpRequest request = ClassicRequestBuilder.get(uri)
                .addHeader(HttpHeaders.AUTHORIZATION, authorization)
                .build();
        return http.execute(request, response -> {
            if (response.getCode() >= 300) {
                throw new DashboardException(response.getCode(), uri.toString(), "");
            }
            return EntityUtils.toByteArray(response.getEntity());
        });
    }

    private String execute(ClassicHttpRequest request) throws IOException {
        LOG.debug("Dashboard {} {}", request.getMethod(), request.getRequestUri());
        return http.execute(request, response -> {
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
            if (response.getCode() >= 300) {
                throw new DashboardException(response.getCode(), request.getRequestUri(), body);
            }
            return body;
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** Non-2xx answer from Dashboard; the body usually carries an {@code <ErrorCode>}. */
    public static class DashboardException extends IOException {
        private final int status;

        public DashboardException(int status, String uri, String body) {
            super("Dashboard answered " + status + " for " + uri + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
