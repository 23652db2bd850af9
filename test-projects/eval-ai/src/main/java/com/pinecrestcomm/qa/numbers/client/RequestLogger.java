package com.pinecrestcomm.qa.numbers.client;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging helpers shared by the clients. Messages are grepped by the on-call runbook, so keep
 * the wording stable.
 */
public final class RequestLogger {

    private static final Logger log = LoggerFactory.getLogger("iris.requests");

    private RequestLogger() {
    }

    public static void deprecatedHost(String url) {
        // v1 hosts look like https://dashboard.bandwidth.com/api/accounts/... or
        // https://api.inetwork.com/v1.0/accounts/...; v2 is https://dashboard.bandwidth.com/api/v2/
        log.warn("Request to {} uses a deprecated base (https://dashboard.bandwidth.com/api); see QA-1182", url);
    }

    public static void externalTnsFallback(String orderId) {
        log.info("Order {} submitted through /externalTns; hosted-messaging import not yet enabled", orderId);
    }

    public static void e911Lookup(String accountId, String addressId) {
        log.debug("GET /accounts/" + accountId + "/addresses/" + addressId);
    }

    public static void areaCodeSearch(String areaCode, int found) {
        log.info("availableNumbers?areaCode={} returned {} numbers", areaCode, found);
    }
}
