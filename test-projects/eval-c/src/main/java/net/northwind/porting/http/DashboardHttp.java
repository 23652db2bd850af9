package net.northwind.porting.http;

import net.northwind.porting.iris.IrisConstants;
import org.apache.hc.client5.http.classic.methods.HttpDelete;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.net.URIBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Thin Apache HttpClient 5 wrapper for the jobs that talk XML to the carrier directly
 * (the SDK does not cover everything we need).
 */
public class DashboardHttp implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(DashboardHttp.class);

    private final CloseableHttpClient http;
    private final String baseUrl;
    private final String authorization;

    public DashboardHttp(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClients.custom().setUserAgent(IrisConstants.USER_AGENT).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String get(String pathAndQuery) throws IOException {
        return execute(new HttpGet(resolve(pathAndQuery)));
    }

    public String post(String path, String xml) throws IOException {
        HttpPost post = new HttpPost(resolve(path));
        post.setEntity(new StringEntity(xml, ContentType.APPLICATION_XML));
        return execute(post);
    }

    public String put(String path, String xml) throws IOException {
        HttpPut put = new HttpPut(resolve(path));
        put.setEntity(new StringEntity(xml, ContentType.APPLICATION_XML));
        return execute(put);
    }

    public String delete(String path) throws IOException {
        return execute(new HttpDelete(resolve(path)));
    }

    /** In-service numbers of one area code, one page at a time. */
    public URI inserviceNumbersUri(String accountId, String areaCode, int page) throws URISyntaxException {
        return new URIBuilder(baseUrl + "/accounts/" + accountId + "/inserviceNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("page", String.valueOf(page))
                .addParameter("size", String.valueOf(IrisConstants.DEFAULT_PAGE_SIZE))
                .build();
    }

    /** NPA-NXX availability; the v2 country filter was added here first, during the pilot. */
    public URI availableNpaNxxUri(String accountId, String areaCode) throws URISyntaxException {
        URIBuilder b = new URIBuilder(IrisConstants.DASHBOARD_HOST);
        b.setPath(IrisConstants.ACCOUNTS_ROOT + accountId + "/availableNpaNxx");
        b.setParameter("countryCodeA3", IrisConstants.DEFAULT_COUNTRY);
        b.setParameter("areacode", areaCode);
        return b.build();
    }

    /** Orders on the reconcile profile's host (see config/legacy-client.xml). */
    public URI legacyOrdersUri(String host, String accountId) throws URISyntaxException {
        return new URIBuilder(host).setPath("/v1.0/accounts/" + accountId + "/orders").build();
    }

    private String resolve(String pathAndQuery) {
        if (pathAndQuery.startsWith("http://") || pathAndQuery.startsWith("https://")) {
            return pathAndQuery;
        }
        return baseUrl + pathAndQuery;
    }

    private String execute(HttpUriRequestBase request) throws IOException {
        request.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        request.setHeader(HttpHeaders.ACCEPT, "application/xml");
        log.debug("{} {}", request.getMethod(), request.getRequestUri());
        return http.execute(request, response -> {
            String body = response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity());
            if (response.getCode() >= 400) {
                throw new CarrierException(response.getCode(), request.getMethod() + " " + request.getRequestUri(), body);
            }
            return body;
        });
    }

    @Override
    public void close() throws IOException {
        http.close();
    }

    /** Non-2xx answer from the carrier. */
    public static final class CarrierException extends IOException {
        private final int status;
        private final String body;

        public CarrierException(int status, String request, String body) {
            super(request + " -> HTTP " + status);
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
