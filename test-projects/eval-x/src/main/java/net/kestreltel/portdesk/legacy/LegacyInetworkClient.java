package net.kestreltel.portdesk.legacy;

import org.apache.http.HttpResponse;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.client.methods.HttpGet;
import org.apache.http.client.utils.URIBuilder;
import org.apache.http.impl.client.DefaultHttpClient;
import org.apache.http.util.EntityUtils;

import java.net.URI;

/**
 * Port of the 2016 Perl provisioning scripts. Still used by the "orders by date" export and the
 * disconnect sweeper. Talks to the old inetwork host.
 */
@SuppressWarnings("deprecation")
public class LegacyInetworkClient {

    private static final String HOST = "https://api.inetwork.com";
    private static final String ORDERS_PATH = "/v1.0/accounts/%s/orders";

    private final DefaultHttpClient http = new DefaultHttpClient();
    private final String accountId;

    public LegacyInetworkClient(String accountId, String user, String password) {
        this.accountId = accountId;
        http.getCredentialsProvider().setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(user, password));
    }

    public URI ordersUri(String modifiedSince) throws Exception {
        return new URIBuilder(HOST)
                .setPath(String.format(ORDERS_PATH, accountId))
                .addParameter("modifiedDateFrom", modifiedSince)
                .build();
    }

    public URI inserviceUri(String areaCode) throws Exception {
        return new URIBuilder("https://api.test.inetwork.com")
                .setPath("/v1.0/accounts/" + accountId + "/inserviceNumbers")
                .addParameter("areaCode", areaCode)
                .build();
    }

    public URI disconnectsUri() throws Exception {
        URIBuilder builder = new URIBuilder(HOST);
        builder.setPath("/v1.0/accounts/" + accountId + "/disconnects");
        builder.setParameter("status", "COMPLETE");
        return builder.build();
    }

    public String get(URI uri) throws Exception {
        HttpResponse response = http.execute(new HttpGet(uri));
        return EntityUtils.toString(response.getEntity());
    }
}
