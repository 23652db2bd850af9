package net.larkspurtel.provisioning.http;

import com.google.api.client.http.ByteArrayContent;
import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpContent;
import com.google.api.client.http.HttpRequest;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.larkspurtel.provisioning.config.DashboardSettings;

/**
 * Thin XML client for the Bandwidth Dashboard numbers API on top of the Google HTTP client.
 */
public class DashboardClient {

    private static final Logger LOG = Logger.getLogger(DashboardClient.class.getName());
    private static final String XML = "application/xml";

    private final DashboardSettings settings;
    private final HttpRequestFactory requestFactory;

    public DashboardClient(DashboardSettings settings) {
        this(settings, new NetHttpTransport());
    }

    public DashboardClient(DashboardSettings settings, HttpTransport transport) {
        this.settings = settings;
        this.requestFactory = transport.createRequestFactory(request -> {
            request.getHeaders().setBasicAuthentication(settings.username(), settings.password());
            request.getHeaders().setAccept(XML);
            request.getHeaders().setUserAgent("larkspur-provisioning/2.7");
            request.setConnectTimeout(settings.timeoutSeconds() * 1000);
            request.setReadTimeout(settings.timeoutSeconds() * 1000);
        });
    }

    public DashboardSettings settings() {
        return settings;
    }

    /** Starts a URL under {@code /accounts/{accountId}} of the configured base. */
    public DashboardUrlBuilder account() {
        return DashboardUrlBuilder.forAccount(settings.baseUrl(), settings.accountId());
    }

    public <T> T get(GenericUrl url, Class<T> type) throws IOException {
        return XmlSupport.read(getRaw(url), type);
    }

    public String getRaw(GenericUrl url) throws IOException {
        return execute(requestFactory.buildGetRequest(url));
    }

    public <T> T post(GenericUrl url, Object payload, Class<T> type) throws IOException {
        return XmlSupport.read(postXml(url, XmlSupport.write(payload)), type);
    }

    public String postXml(GenericUrl url, String xml) throws IOException {
        return execute(requestFactory.buildPostRequest(url, xmlContent(xml)));
    }

    public String postBytes(GenericUrl url, String contentType, byte[] body) throws IOException {
        return execute(requestFactory.buildPostRequest(url, new ByteArrayContent(contentType, body)));
    }

    public String putXml(GenericUrl url, String xml) throws IOException {
        return execute(requestFactory.buildPutRequest(url, xmlContent(xml)));
    }

    public void delete(GenericUrl url) throws IOException {
        execute(requestFactory.buildDeleteRequest(url));
    }

    private static HttpContent xmlContent(String xml) {
        return ByteArrayContent.fromString(XML, xml);
    }

    private String execute(HttpRequest request) throws IOException {
        LOG.fine(() -> request.getRequestMethod() + " " + request.getUrl());
        try {
            HttpResponse response = request.execute();
            try {
                return response.parseAsString();
            } finally {
                response.disconnect();
            }
        } catch (HttpResponseException e) {
            LOG.log(Level.WARNING, "Dashboard call failed: {0} {1}", new Object[] {request.getRequestMethod(), e.getStatusCode()});
            throw new DashboardException(e.getStatusCode(), e.getStatusMessage(), e.getContent());
        }
    }

    /** A non-2xx answer from the Dashboard API. */
    public static class DashboardException extends IOException {

        private final int statusCode;
        private final String body;

        public DashboardException(int statusCode, String message, String body) {
            super("Dashboard answered " + statusCode + ": " + message);
            this.statusCode = statusCode;
            this.body = body;
        }

        public int statusCode() {
            return statusCode;
        }

        public String body() {
            return body;
        }
    }
}
