package com.tallgrassvoice.portwell.dashboard;

import com.tallgrassvoice.portwell.config.Endpoints;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.http.client.utils.URIBuilder;

/** URIs of the wholesale partner account, which is still served from the inetwork host. */
public final class WholesaleUris {

    private static final String HOST = "https://api.inetwork.com";

    private WholesaleUris() {
    }

    public static URI orders(String accountId) throws URISyntaxException {
        return new URIBuilder(HOST).setPath("/v1.0/accounts/" + accountId + "/orders").build();
    }

    public static URI inService(String accountId, String areaCode) throws URISyntaxException {
        return new URIBuilder(HOST)
                .setPath(Endpoints.WHOLESALE_ACCOUNTS + accountId + "/inserviceNumbers")
                .addParameter("areaCode", areaCode)
                .build();
    }

    public static URI inServiceUs(String accountId, String areaCode) throws URISyntaxException {
        return new URIBuilder(HOST)
                .setPath(Endpoints.WHOLESALE_ACCOUNTS + accountId + "/inserviceNumbers")
                .setParameter("countryCodeA3", "USA")
                .setParameter("areaCode", areaCode)
                .build();
    }

    public static URI e911(String accountId) throws URISyntaxException {
        return new URIBuilder(HOST).setPath("/v1.0/accounts/" + accountId + "/addresses").build();
    }

    public static URI tn(String tn) throws URISyntaxException {
        return new URIBuilder(Endpoints.DASHBOARD_WHOLESALE + "/tns/" + tn).build();
    }

    /** The partner's application numbers are searched on Catapult. */
    public static URI catapultLocal(String userId, String areaCode, int quantity) {
        return URI.create(Endpoints.CATAPULT + "/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode
                + "&quantity=" + quantity);
    }

    public static String catapultLocalUrl(String userId, String areaCode) {
        return "https://api.catapult.inetwork.com/v1/users/" + userId + "/availableNumbers/local?areaCode=" + areaCode;
    }
}
