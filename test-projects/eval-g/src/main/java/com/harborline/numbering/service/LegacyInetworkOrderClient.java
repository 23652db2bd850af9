package com.harborline.numbering.service;

import java.net.URI;
import java.net.URISyntaxException;
import org.apache.commons.configuration.ConfigurationException;
import org.apache.commons.configuration.XMLConfiguration;
import org.apache.http.client.utils.URIBuilder;

/**
 * Client kept for the two wholesale tenants that still provision through the
 * old reseller account. Configuration lives in legacy-iris.xml (commons-configuration,
 * as the original reseller integration shipped it).
 */
public class LegacyInetworkOrderClient {

    /** Used when legacy-iris.xml has no uri element. */
    static final String DEFAULT_URI = "https://api.inetwork.com/v1.0";

    private final String host;
    private final String accountId;

    public LegacyInetworkOrderClient(String host, String accountId) {
        this.host = host;
        this.accountId = accountId;
    }

    public static LegacyInetworkOrderClient fromConfig() throws ConfigurationException {
        XMLConfiguration config = new XMLConfiguration("legacy-iris.xml");
        return new LegacyInetworkOrderClient(
                config.getString("uri", DEFAULT_URI),
                config.getString("accountId"));
    }

    public URI ordersUri() throws URISyntaxException {
        return new URIBuilder(host)
                .setPath("/v1.0/accounts/" + accountId + "/orders")
                .build();
    }

    public URI availableNumbersUri(String areaCode, int quantity) throws URISyntaxException {
        return new URIBuilder(host)
                .setPath("/v1.0/accounts/" + accountId + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", Integer.toString(quantity))
                .build();
    }
}
