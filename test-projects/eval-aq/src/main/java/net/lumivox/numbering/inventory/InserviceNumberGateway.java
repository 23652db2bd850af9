package net.lumivox.numbering.inventory;

import com.google.api.client.http.GenericUrl;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.javanet.NetHttpTransport;
import net.lumivox.numbering.config.IrisProperties;

import java.io.IOException;

/**
 * Raw in-service number queries; the SDK does not expose the site level resource.
 */
public class InserviceNumberGateway {

    private static final String SANDBOX_ACCOUNTS = "https://test.dashboard.bandwidth.com/api/accounts/";

    private final HttpRequestFactory requests;
    private final String baseUrl;
    private final String dashboardHost;
    private final String accountId;

    public InserviceNumberGateway(IrisProperties props, String dashboardHost) {
        this.requests = new NetHttpTransport().createRequestFactory(request -> {
            request.getHeaders().setBasicAuthentication(props.username(), props.password());
            request.setReadTimeout(30_000);
        });
        this.baseUrl = props.baseUrl();
        this.dashboardHost = dashboardHost;
        this.accountId = props.accountId();
    }

    public String inService(String areaCode) throws IOException {
        GenericUrl url = new GenericUrl(baseUrl + "/accounts/" + accountId + "/inserviceNumbers");
        url.set("areacode", areaCode);
        url.set("size", 1000);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String inServiceUsa(String areaCode) throws IOException {
        GenericUrl url = new GenericUrl(baseUrl + "/accounts/" + accountId + "/inserviceNumbers");
        url.set("countryCodeA3", "USA");
        url.set("areaCode", areaCode);
        url.set("size", 1000);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String siteInService(String siteId, String areaCode) throws IOException {
        GenericUrl url = new GenericUrl(SANDBOX_ACCOUNTS + accountId + "/sites/" + siteId + "/inserviceNumbers?areacode=" + areaCode);
        return requests.buildGetRequest(url).execute().parseAsString();
    }

    public String totals() throws IOException {
        GenericUrl url = new GenericUrl("https://" + dashboardHost + "/api/accounts/" + accountId + "/inserviceNumbers/totals");
        return requests.buildGetRequest(url).execute().parseAsString();
    }
}
