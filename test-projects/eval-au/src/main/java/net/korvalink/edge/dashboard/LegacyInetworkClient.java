package net.korvalink.edge.dashboard;

import java.net.URI;
import java.net.URISyntaxException;

import org.apache.http.client.utils.URIBuilder;
import org.eclipse.jetty.http.HttpMethod;
import org.springframework.stereotype.Component;

import net.korvalink.edge.config.DashboardProperties;

/**
 * The disaster-recovery path from the 2019 integration: talks to the old inetwork host directly.
 * Only enabled with the "dr" profile.
 */
@Component
public class LegacyInetworkClient {

    private final DashboardHttpClient dashboard;
    private final DashboardProperties props;

    public LegacyInetworkClient(DashboardHttpClient dashboard, DashboardProperties props) {
        this.dashboard = dashboard;
        this.props = props;
    }

    public URI ordersUri(String accountId) throws URISyntaxException {
        return new URIBuilder(props.getLegacyUri())
                .setPath("/v1.0/accounts/" + accountId + "/orders")
                .build();
    }

    public URI inServiceUri(String accountId, String areaCode) throws URISyntaxException {
        return new URIBuilder(props.getLegacyUri())
                .setPath("/v1.0/accounts/" + accountId + "/inserviceNumbers")
                .addParameter("areacode", areaCode)
                .addParameter("size", "1000")
                .build();
    }

    public String orderStatus(String accountId, String orderId) throws URISyntaxException {
        URI uri = new URIBuilder(ordersUri(accountId)).setPath(ordersUri(accountId).getPath() + "/" + orderId).build();
        return dashboard.execute(() -> dashboard.newAbsoluteRequest(uri.toString()).method(HttpMethod.GET));
    }

    public String inService(String accountId, String areaCode) throws URISyntaxException {
        URI uri = inServiceUri(accountId, areaCode);
        return dashboard.execute(() -> dashboard.newAbsoluteRequest(uri.toString()).method(HttpMethod.GET));
    }
}
