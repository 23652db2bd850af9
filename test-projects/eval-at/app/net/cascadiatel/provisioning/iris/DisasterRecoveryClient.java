package net.cascadiatel.provisioning.iris;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.concurrent.CompletionStage;
import javax.inject.Inject;
import javax.inject.Singleton;
import net.cascadiatel.provisioning.config.EndpointDirectory;
import net.cascadiatel.provisioning.config.IrisSettings;
import org.apache.http.client.utils.URIBuilder;

/**
 * Used by the DR runbook when the primary Dashboard endpoint is unreachable from Hillsboro: same
 * account, legacy hostnames from conf/failover-endpoints.xml.
 */
@Singleton
public class DisasterRecoveryClient {

    private final DashboardWsClient dashboard;
    private final EndpointDirectory endpoints;
    private final IrisSettings settings;

    @Inject
    public DisasterRecoveryClient(DashboardWsClient dashboard, EndpointDirectory endpoints, IrisSettings settings) {
        this.dashboard = dashboard;
        this.endpoints = endpoints;
        this.settings = settings;
    }

    public CompletionStage<String> order(String orderId) throws URISyntaxException {
        URI uri = new URIBuilder(endpoints.failoverUri("iris-legacy").orElseThrow())
                .setPath("/v1.0/accounts/" + settings.accountId() + "/orders/" + orderId)
                .build();
        return dashboard.checked(dashboard.getXml(uri.toString()));
    }

    public CompletionStage<String> availableInAreaCode(String areaCode) throws URISyntaxException {
        URI uri = new URIBuilder(endpoints.failoverUri("iris-legacy").orElseThrow())
                .setPath("/v1.0/accounts/" + settings.accountId() + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", "25")
                .build();
        return dashboard.checked(dashboard.getXml(uri.toString()));
    }

    public CompletionStage<String> inServiceInAreaCode(String areaCode) throws URISyntaxException {
        URI uri = new URIBuilder()
                .setScheme("https")
                .setHost("api.inetwork.com")
                .setPath("/v1.0/accounts/" + settings.accountId() + "/inserviceNumbers")
                .setParameter("areacode", areaCode)
                .build();
        return dashboard.checked(dashboard.getXml(uri.toString()));
    }

    public CompletionStage<String> e911Addresses() throws Exception {
        URL url = new URL("https", "api.inetwork.com", "/v1.0/accounts/" + settings.accountId() + "/addresses");
        return dashboard.checked(dashboard.getXml(url.toExternalForm()));
    }

    public CompletionStage<String> sandboxOrder(String orderId) throws URISyntaxException {
        URI uri = new URIBuilder("https://api.test.inetwork.com/v1.0")
                .setPath("/v1.0/accounts/" + settings.accountId() + "/orders/" + orderId)
                .build();
        return dashboard.checked(dashboard.getXml(uri.toString()));
    }
}
