package net.tidewatertel.provisioning.ticketing;

import java.io.IOException;

import org.apache.commons.httpclient.HttpClient;
import org.apache.commons.httpclient.UsernamePasswordCredentials;
import org.apache.commons.httpclient.auth.AuthScope;
import org.apache.commons.httpclient.methods.GetMethod;
import org.apache.commons.httpclient.methods.PostMethod;
import org.apache.commons.httpclient.methods.StringRequestEntity;

/**
 * Client of IRIS, our in-house Incident and Repair Information System (trouble
 * tickets). Nothing to do with Bandwidth's "Iris" Dashboard.
 */
public class IrisClient {

    private final String baseUrl;
    private final HttpClient httpClient = new HttpClient();

    public IrisClient(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        httpClient.getParams().setAuthenticationPreemptive(true);
        httpClient.getState().setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(user, password));
    }

    public String post(String path, String json) throws IOException {
        PostMethod post = new PostMethod(baseUrl + path);
        post.setRequestEntity(new StringRequestEntity(json, "application/json", "UTF-8"));
        try {
            httpClient.executeMethod(post);
            return post.getResponseBodyAsString();
        } finally {
            post.releaseConnection();
        }
    }

    public String get(String path) throws IOException {
        GetMethod get = new GetMethod(baseUrl + path);
        try {
            httpClient.executeMethod(get);
            return get.getResponseBodyAsString();
        } finally {
            get.releaseConnection();
        }
    }
}
