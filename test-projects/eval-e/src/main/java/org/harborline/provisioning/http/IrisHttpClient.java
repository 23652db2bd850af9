package org.harborline.provisioning.http;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.apache.http.HttpEntity;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.CredentialsProvider;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.client.methods.HttpPut;
import org.apache.http.client.methods.HttpRequestBase;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.util.EntityUtils;
import org.harborline.provisioning.config.EnvironmentConfig;
import org.harborline.provisioning.config.IrisConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Thin wrapper around Apache HttpClient with basic auth for the Dashboard API.
 * Written in 2014 before we adopted the SDK; still used for everything the SDK lacks.
 */
public class IrisHttpClient implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(IrisHttpClient.class);

    private final CloseableHttpClient http;

    public IrisHttpClient(String username, String password) {
        CredentialsProvider creds = new BasicCredentialsProvider();
        creds.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
        this.http = HttpClients.custom().setDefaultCredentialsProvider(creds).build();
    }

    public String get(String url) throws IOException {
        return execute(new HttpGet(url));
    }

    public String get(URI uri) throws IOException {
        return execute(new HttpGet(uri));
    }

    public String post(String url, String xml) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(xml, ContentType.APPLICATION_XML));
        return execute(post);
    }

    public String put(String url, String xml) throws IOException {
        HttpPut put = new HttpPut(url);
        put.setEntity(new StringEntity(xml, ContentType.APPLICATION_XML));
        return execute(put);
    }

    private String execute(HttpRequestBase request) throws IOException {
        LOG.debug("{} {}", request.getMethod(), request.getURI());
        try (CloseableHttpResponse response = http.execute(request)) {
            HttpEntity entity = response.getEntity();
            String body = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
            int status = response.getStatusLine().getStatusCode();
            if (status >= 400) {
                throw new IOException("Dashboard returned " + status + ": " + body);
            }
            return body;
        }
    }

    // ---- URL helpers -------------------------------------------------------------------

    public static URI availableNumbersUri(String accountId, String areaCode, int quantity)
            throws URISyntaxException {
        URIBuilder builder = new URIBuilder(EnvironmentConfig.DASHBOARD_HOST);
        builder.setPath(IrisConstants.ACCOUNTS_PATH + accountId + "/availableNumbers");
        builder.addParameter("areaCode", areaCode);
        builder.addParameter("quantity", String.valueOf(quantity));
        return builder.build();
    }

    public static URI inserviceUri(String accountId, String npa) throws URISyntaxException {
        return new URIBuilder(EnvironmentConfig.DASHBOARD_HOST)
                .setPath(IrisConstants.ACCOUNTS_PATH + accountId + "/inserviceNumbers")
                .setParameter("areacode", npa)
                .setParameter("size", Integer.toString(IrisConstants.SEARCH_PAGE_SIZE))
                .build();
    }

    /** Already migrated by the numbers team in 2023, keep as the reference shape. */
    public static URI inserviceUriV2(String accountId, String npa) throws URISyntaxException {
        return new URIBuilder(EnvironmentConfig.DASHBOARD_HOST)
                .setPath("/api/v2/accounts/" + accountId + "/inserviceNumbers")
                .addParameter("countryCodeA3", "USA")
                .addParameter("areaCode", npa)
                .build();
    }

    public static String tnDetailsUrl(String accountId, String tn) {
        StringBuilder sb = new StringBuilder();
        sb.append(EnvironmentConfig.DASHBOARD_HOST);
        sb.append("/v1.0/accounts/");
        sb.append(accountId);
        sb.append(IrisConstants.TNS);
        sb.append(tn);
        return sb.toString();
    }

    public static String e911AddressesUrl(String accountId) {
        return EnvironmentConfig.DASHBOARD_HOST + IrisConstants.ACCOUNTS_PATH + accountId
                + IrisConstants.E911_ADDRESSES;
    }

    public String listE911Addresses(String accountId) throws IOException {
        return get(e911AddressesUrl(accountId));
    }

    public String availableNumbers(String accountId, String npa) throws IOException {
        return get(EnvironmentConfig.IRIS_BASE_URL + "/accounts/" + accountId
                + IrisConstants.AVAILABLE_NUMBERS_BY_AREA_CODE + npa);
    }

    public String inserviceNumbers(String accountId, String npa) throws IOException {
        return get(EnvironmentConfig.IRIS_BASE_URL + "/accounts/" + accountId + IrisConstants.INSERVICE_BY_AREA_CODE + npa);
    }

    public String importOrderStatus(String accountId, String orderId) throws IOException {
        return get(EnvironmentConfig.IRIS_BASE_URL + "/accounts/" + accountId + IrisConstants.IMPORT_TN_ORDERS + "/" + orderId);
    }

    public String removalStatus(String accountId, String orderId) throws IOException {
        return get(EnvironmentConfig.IRIS_BASE_URL + "/accounts/" + accountId
                + IrisConstants.REMOVE_IMPORTED_TN_ORDERS + "/" + orderId);
    }

    public String checkImportable(String accountId, String xml) throws IOException {
        return post(EnvironmentConfig.IRIS_BASE_URL + "/accounts/" + accountId + IrisConstants.IMPORT_TN_CHECKER, xml);
    }

    public String e911Address(String accountId, String addressId) throws IOException {
        String url = EnvironmentConfig.DASHBOARD_HOST + IrisConstants.ACCOUNTS_PATH + accountId + "/addresses/" + addressId;
        return get(url);
    }

    /** Nightly smoke check: the NOC demo number must still be on the account. */
    public String smokeCheck(String accountId) throws IOException {
        LOG.info("smoke check against /v1.0/accounts/{}/tns", accountId);
        return get(tnDetailsUrl(accountId, "9195550142"));
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}
