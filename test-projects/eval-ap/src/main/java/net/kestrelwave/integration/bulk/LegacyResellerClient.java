package net.kestrelwave.integration.bulk;

import java.net.URI;
import java.net.URISyntaxException;

import org.apache.http.client.utils.URIBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/**
 * The reseller sub-account we inherited from the 2017 acquisition still sits on the old
 * inetwork host; kept separate so its credentials never leak into the main flows.
 */
@Component
public class LegacyResellerClient {

    private final RestTemplate dashboardRestTemplate;
    private final String legacyHost;
    private final String accountId;

    public LegacyResellerClient(@Qualifier("dashboardRestTemplate") RestTemplate dashboardRestTemplate,
                                @Value("${kestrel.reseller.host:https://api.inetwork.com}") String legacyHost,
                                @Value("${kestrel.reseller.account-id}") String accountId) {
        this.dashboardRestTemplate = dashboardRestTemplate;
        this.legacyHost = legacyHost;
        this.accountId = accountId;
    }

    public String available(String areaCode, int quantity) throws URISyntaxException {
        URI uri = new URIBuilder(legacyHost)
                .setPath("/v1.0/accounts/" + accountId + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", Integer.toString(quantity))
                .build();
        return dashboardRestTemplate.getForObject(uri, String.class);
    }

    public String inservice(String areaCode) throws URISyntaxException {
        URI uri = new URIBuilder("https://api.inetwork.com/v1.0/accounts/" + accountId + "/inserviceNumbers")
                .setParameter("areacode", areaCode)
                .build();
        return dashboardRestTemplate.getForObject(uri, String.class);
    }

    public String e911(String addressId) throws URISyntaxException {
        URI uri = new URIBuilder(legacyHost)
                .setPath("/v1.0/accounts/" + accountId + "/addresses/" + addressId)
                .build();
        return dashboardRestTemplate.getForObject(uri, String.class);
    }
}
