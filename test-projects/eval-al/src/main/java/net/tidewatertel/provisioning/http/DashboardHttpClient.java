package net.tidewatertel.provisioning.http;

import java.io.IOException;

import org.apache.commons.httpclient.Header;
import org.apache.commons.httpclient.HttpClient;
import org.apache.commons.httpclient.HttpMethodBase;
import org.apache.commons.httpclient.MultiThreadedHttpConnectionManager;
import org.apache.commons.httpclient.NameValuePair;
import org.apache.commons.httpclient.UsernamePasswordCredentials;
import org.apache.commons.httpclient.auth.AuthScope;
import org.apache.commons.httpclient.methods.DeleteMethod;
import org.apache.commons.httpclient.methods.GetMethod;
import org.apache.commons.httpclient.methods.PostMethod;
import org.apache.commons.httpclient.methods.PutMethod;
import org.apache.commons.httpclient.methods.StringRequestEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin wrapper around commons-httpclient for the Bandwidth Dashboard XML API.
 * <p>
 * Paths handed to this class are relative to the configured base URL, e.g.
 * {@code /accounts/9900417/orders}. See
 * https://dashboard.bandwidth.com/api/accounts/{accountId}/orders in the vendor docs.
 */
public class DashboardHttpClient {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardHttpClient.class);

    private static final String XML = "application/xml";
    private static final String UTF_8 = "UTF-8";

    private final String baseUrl;
    private final HttpClient httpClient;

    public DashboardHttpClient(String baseUrl, String username, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        MultiThreadedHttpConnectionManager connections = new MultiThreadedHttpConnectionManager();
        connections.getParams().setConnectionTimeout(10000);
        connections.getParams().setSoTimeout(120000);
        connections.getParams().setDefaultMaxConnectionsPerHost(8);
        this.httpClient = new HttpClient(connections);
        httpClient.getParams().setAuthenticationPreemptive(true);
        httpClient.getState().setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String url(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        return baseUrl + (path.startsWith("/") ? path : "/" + path);
    }

    public HttpResult get(String path, NameValuePair... query) throws IOException {
        GetMethod get = new GetMethod(url(path));
        if (query.length > 0) {
            get.setQueryString(query);
        }
        return execute(get);
    }

    public HttpResult post(String path, String xmlBody) throws IOException {
        PostMethod post = new PostMethod(url(path));
        post.setRequestEntity(new StringRequestEntity(xmlBody, XML, UTF_8));
        return execute(post);
    }

    public HttpResult put(String path, String xmlBody) throws IOException {
        PutMethod put = new PutMethod(url(path));
        put.setRequestEntity(new StringRequestEntity(xmlBody, XML, UTF_8));
        return execute(put);
    }

    public HttpResult delete(String path) throws IOException {
        return execute(new DeleteMethod(url(path)));
    }

    protected HttpResult execute(HttpMethodBase method) throws IOException {
        method.setRequestHeader("Accept", XML);
        try {
            int status = httpClient.executeMethod(method);
            String body = method.getResponseBodyAsString();
            Header location = method.getResponseHeader("Location");
            LOG.debug("{} {} -> {}", method.getName(), method.getURI(), status);
            if (status >= 400) {
                LOG.warn("Dashboard answered {} for {} {}: {}", status, method.getName(), method.getURI(), body);
            }
            return new HttpResult(status, body, location == null ? null : location.getValue());
        } finally {
            method.releaseConnection();
        }
    }
}
