package net.halyardcomm.backoffice.http;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import org.apache.http.client.fluent.Executor;
import org.apache.http.client.fluent.Request;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.entity.ContentType;

import net.halyardcomm.backoffice.config.DashboardEndpoints;

/**
 * Read-mostly Dashboard calls made with Apache HttpClient's fluent API. Used by the ops
 * console and the nightly jobs; ordering goes through the SDK instead.
 */
public class FluentDashboardClient {

    private static final int TIMEOUT_MILLIS = 20_000;

    private final String host;
    private final String accountId;
    private final Executor executor;

    public FluentDashboardClient(String host, String accountId, String username, String password) {
        this.host = host;
        this.accountId = accountId;
        this.executor = Executor.newInstance().auth(username, password);
    }

    /** In-service numbers of one NPA, first page only (the console shows 500). */
    public String inserviceNumbers(String areaCode) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(host)
                .setPath(DashboardEndpoints.ACCOUNTS_FRAGMENT + accountId + "/inserviceNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("size", "500")
                .build();
        return execute(Request.Get(uri));
    }

    /** Available NPA-NXX blocks, already on the v2 contract. */
    public String availableNpaNxx(String areaCode) throws IOException, URISyntaxException {
        URI uri = new URIBuilder(host)
                .setPath("/api/v2/accounts/" + accountId + "/availableNpaNxx")
                .addParameter("countryCodeA3", "USA")
                .addParameter("areaCode", areaCode)
                .build();
        return execute(Request.Get(uri));
    }

    /** Spare numbers for the sales quote screen. */
    public String availableNumbers(String areaCode, int quantity) throws IOException {
        String query = QueryString.create()
                .param("areaCode", areaCode)
                .param("quantity", quantity)
                .build();
        return execute(Request.Get(host + DashboardEndpoints.ACCOUNTS_FRAGMENT + accountId + "/availableNumbers" + query));
    }

    /** In-service numbers of one site (location) and NPA. */
    public String siteInserviceNumbers(String siteId, String areaCode) throws IOException {
        UriTemplate path = UriTemplate.of(DashboardEndpoints.ACCOUNTS_FRAGMENT
                + "{accountId}/sites/{siteId}/inserviceNumbers?areaCode={areaCode}");
        return execute(Request.Get(host + path.expand("accountId", accountId, "siteId", siteId, "areaCode", areaCode)));
    }

    /** E911 addresses on file, for the ops console's "addresses" tab. */
    public String e911Addresses() throws IOException, URISyntaxException {
        URI uri = new URIBuilder(host)
                .setPath("/v1.0/accounts/" + accountId + "/addresses")
                .setParameter("size", "200")
                .build();
        return execute(Request.Get(uri));
    }

    public String tnDetails(String tn) throws IOException {
        return execute(Request.Get(host + "/api/accounts/" + accountId + "/tns/" + tn + "/tndetails"));
    }

    public String externalTnsOrder(String orderId) throws IOException {
        return execute(Request.Get(String.format("%s/api/accounts/%s/externalTns/%s", host, accountId, orderId)));
    }

    /** Hosted import status, for the onboarding console. */
    public String importOrder(String orderId) throws IOException {
        return execute(Request.Get(host + DashboardEndpoints.ACCOUNTS_FRAGMENT + accountId + "/importTnOrders/" + orderId));
    }

    /** Emergency switch used by the NOC runbook: SMS off for one number at its location. */
    public int smsOffAtLocation(String siteId, String peerId, String tn) throws IOException {
        String xml = "<SipPeerTelephoneNumber><FullNumber>" + tn + "</FullNumber>"
                + "<MessagingSettings><SmsEnabled>false</SmsEnabled></MessagingSettings>"
                + "</SipPeerTelephoneNumber>";
        return executor.execute(Request.Put(host + DashboardEndpoints.ACCOUNTS_FRAGMENT + accountId + "/sites/" + siteId
                        + "/sippeers/" + peerId + "/tns/" + tn)
                        .bodyString(xml, ContentType.APPLICATION_XML))
                .returnResponse()
                .getStatusLine()
                .getStatusCode();
    }

    /** Hosted messaging import on the v2 route; body is an ImportTnOrder document. */
    public int importForMessaging(String importTnOrderXml) throws IOException {
        return executor.execute(Request.Post(host + "/api/v2/accounts/" + accountId + "/importTnOrders/messaging")
                        .connectTimeout(TIMEOUT_MILLIS)
                        .bodyString(importTnOrderXml, ContentType.APPLICATION_XML))
                .returnResponse()
                .getStatusLine()
                .getStatusCode();
    }

    private String execute(Request request) throws IOException {
        return executor.execute(request
                        .connectTimeout(TIMEOUT_MILLIS)
                        .socketTimeout(TIMEOUT_MILLIS)
                        .addHeader("Accept", "application/xml"))
                .returnContent()
                .asString();
    }
}
