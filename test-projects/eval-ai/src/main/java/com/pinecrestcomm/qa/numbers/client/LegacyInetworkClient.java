package com.pinecrestcomm.qa.numbers.client;

import org.apache.http.client.utils.URIBuilder;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * URIs for the nightly regression job that still runs against the inetwork stack. The base URI
 * comes from {@code iris-sdk-config.xml} so it can be switched without a release.
 */
public class LegacyInetworkClient {

    static final String LEGACY_HOST = "api.inetwork.com";

    private final String baseUri;
    private final String accountId;

    public LegacyInetworkClient(String baseUri, String accountId) {
        this.baseUri = baseUri;
        this.accountId = accountId;
    }

    public URI ordersUri() throws URISyntaxException {
        return new URIBuilder()
                .setScheme("https")
                .setHost(LEGACY_HOST)
                .setPath("/v1.0/accounts/" + accountId + "/orders")
                .build();
    }

    public URI availableNumbersUri(String areaCode, int quantity) throws URISyntaxException {
        URIBuilder builder = new URIBuilder(baseUri);
        return builder
                .setPath(builder.getPath() + "/accounts/" + accountId + "/availableNumbers")
                .addParameter("areaCode", areaCode)
                .addParameter("quantity", Integer.toString(quantity))
                .build();
    }

    public URI externalTnsUri() throws URISyntaxException {
        return new URIBuilder()
                .setScheme("https")
                .setHost(LEGACY_HOST)
                .setPath("/v1.0/accounts/" + accountId + "/externalTns")
                .build();
    }

    public URI addressesUri() {
        return URI.create(baseUri + "/accounts/%s/addresses".formatted(accountId));
    }
}
