package net.kestrelvoice.numbering.dashboard.client;

import java.net.URI;

import javax.ws.rs.core.UriBuilder;

import org.apache.cxf.jaxrs.client.WebClient;

import net.kestrelvoice.numbering.config.DashboardEndpoints;
import net.kestrelvoice.numbering.config.LegacyInetworkSettings;
import net.kestrelvoice.numbering.dashboard.model.InserviceNumbersResponse;
import net.kestrelvoice.numbering.dashboard.model.NumberOrderResponse;

/**
 * Reconciliation job client. Reads {@code iris-legacy.xml} (shared with the porting desk's
 * LNP tooling) and talks to whatever host is configured there.
 */
public class LegacyInetworkClient {

    private static final String LEGACY_HOST = "https://api.inetwork.com";

    private final LegacyInetworkSettings config;

    public LegacyInetworkClient(LegacyInetworkSettings config) {
        this.config = config;
    }

    private WebClient client(URI uri) {
        return WebClient.create(uri.toString(), config.getUsername(), config.getPassword(), null)
                .accept("application/xml");
    }

    public NumberOrderResponse order(String orderId) {
        URI uri = URI.create(config.getUri() + "/accounts/" + config.getAccountId() + "/orders/" + orderId);
        return client(uri).get(NumberOrderResponse.class);
    }

    public InserviceNumbersResponse inservice(String areaCode) {
        URI uri = UriBuilder.fromUri(LEGACY_HOST)
                .path("/v1.0/accounts/{accountId}/inserviceNumbers")
                .queryParam("areaCode", areaCode)
                .build(config.getAccountId());
        return client(uri).get(InserviceNumbersResponse.class);
    }

    public String disconnects(String accountId) {
        String url = LEGACY_HOST + DashboardEndpoints.ACCOUNTS_PREFIX + accountId + "/disconnects";
        return client(URI.create(url)).get(String.class);
    }

    public String e911(String accountId) {
        return client(URI.create("https://api.inetwork.com/v1.0/accounts/" + accountId + "/addresses"))
                .get(String.class);
    }
}
