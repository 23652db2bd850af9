package net.tidewaterconnect.numbering.legacy;

import java.net.URI;
import java.net.URISyntaxException;

import net.tidewaterconnect.numbering.config.LegacyEndpointRegistry;
import org.apache.http.client.utils.URIBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Numbers still provisioned on the pre-merger account (api.inetwork.com). Only reads: everything new
 * goes to the main account.
 */
@Component
public class LegacyInetworkClient {

    private final RestClient legacyDashboard;
    private final LegacyEndpointRegistry endpoints;
    private final String accountId;

    public LegacyInetworkClient(@Qualifier("legacyDashboard") RestClient legacyDashboard,
            LegacyEndpointRegistry endpoints,
            @Value("${tidewater.bandwidth.legacy.account-id}") String accountId) {
        this.legacyDashboard = legacyDashboard;
        this.endpoints = endpoints;
        this.accountId = accountId;
    }

    public String orders() throws URISyntaxException {
        URI uri = new URIBuilder(endpoints.baseUri())
                .setPath("/v1.0/accounts/" + accountId + "/orders")
                .addParameter("status", "COMPLETE")
                .build();
        return legacyDashboard.get().uri(uri).retrieve().body(String.class);
    }

    public String inService(String areaCode) throws URISyntaxException {
        URI uri = new URIBuilder("https://api.inetwork.com")
                .setPath("/v1.0/accounts/" + accountId + "/inserviceNumbers")
                .addParameter("areaCode", areaCode)
                .build();
        return legacyDashboard.get().uri(uri).retrieve().body(String.class);
    }

    public String hostedImports() {
        return legacyDashboard.get().uri(endpoints.resolve("import", accountId)).retrieve().body(String.class);
    }
}
