package com.harborline.numbering.http;

import java.text.MessageFormat;

/**
 * Helpers that build Dashboard URLs for the raw-HTTP callers (jobs, health checks).
 * Camel routes build their URIs inline with property placeholders instead.
 */
public final class DashboardPaths {

    private DashboardPaths() {
    }

    /** Number orders. {@code host} is scheme + host only, e.g. https://dashboard.bandwidth.com. */
    public static String orders(String host, String accountId) {
        return String.format("%s/v1.0/accounts/%s/orders", host, accountId);
    }

    public static String order(String host, String accountId, String orderId) {
        return orders(host, accountId) + "/" + orderId;
    }

    /** Removal of hosted messaging numbers, relative to the configured API root. */
    public static String removeImportedTnOrders(String apiRoot, String accountId) {
        return MessageFormat.format("{0}/accounts/{1}/removeImportedTnOrders", apiRoot, accountId);
    }

    /** One TN on a SIP peer (location), for PUT/GET of its settings. */
    public static String sipPeerTn(String apiRoot, String accountId, String siteId, String peerId, String tn) {
        return new StringBuilder(apiRoot)
                .append("/accounts/").append(accountId)
                .append("/sites/").append(siteId)
                .append("/sippeers/").append(peerId)
                .append("/tns/").append(tn)
                .toString();
    }

    /** Account root on the sandbox host, used by the QA smoke checks. */
    public static String sandboxAccountRoot(String accountId) {
        return new StringBuilder("https://test.dashboard.bandwidth.com")
                .append("/api/accounts/")
                .append(accountId)
                .toString();
    }

    /** Account root on an already versioned API root (v2 experiments). */
    public static String accountRoot(String apiRoot, String accountId) {
        return apiRoot + "/accounts/" + accountId;
    }
}
