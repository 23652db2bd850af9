package com.acme.own;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.logging.Logger;

/** The customer's own accounts API and calls to Bandwidth APIs that are not the Dashboard. */
public class AccountsResource {
    private static final Logger LOG = Logger.getLogger(AccountsResource.class.getName());
    private static final String OWN = "http://localhost:8080/api/accounts/";
    private static final String MESSAGING = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    private static final String MFA = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/voice";
    private static final String CATAPULT = "https://api.catapult.inetwork.com/v1/users/%s/availableNumbers/local?areaCode=919";

    // Old docs: https://dashboard.bandwidth.com/api/accounts/{id}/addresses (v1)
    public HttpRequest ownAddresses(String accountId) {
        LOG.info("Dashboard v1 used https://dashboard.bandwidth.com/api/accounts/" + accountId + "/addresses");
        return HttpRequest.newBuilder(URI.create(OWN + accountId + "/addresses")).build();
    }

    public HttpRequest messages(String accountId) {
        return HttpRequest.newBuilder(URI.create(String.format(MESSAGING, accountId))).build();
    }

    public HttpRequest mfa(String accountId) {
        return HttpRequest.newBuilder(URI.create(String.format(MFA, accountId))).build();
    }

    public HttpRequest catapult(String userId) {
        return HttpRequest.newBuilder(URI.create(String.format(CATAPULT, userId))).build();
    }

    public HttpRequest dashboardV2(String accountId) {
        return HttpRequest.newBuilder(URI.create("https://dashboard.bandwidth.com/api/v2/accounts/" + accountId
                + "/e911Addresses")).build();
    }

    public HttpClient client() {
        return HttpClient.newHttpClient();
    }
}
