package io.kestrelvoice.numbering.dashboard;

import java.text.MessageFormat;

/**
 * Builds absolute Dashboard URLs from the configured base URL and account.
 */
public class DashboardUrls {

    private final String baseUrl;
    private final String accountId;

    public DashboardUrls(DashboardProperties properties) {
        this(properties.getBaseUrl(), properties.getAccountId());
    }

    public DashboardUrls(String baseUrl, String accountId) {
        this.baseUrl = stripTrailingSlash(baseUrl);
        this.accountId = accountId;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    /** {baseUrl}/accounts/{accountId} */
    public String account() {
        return baseUrl + DashboardPaths.ACCOUNTS + accountId;
    }

    public String account(String path) {
        return account() + path;
    }

    public String addresses() {
        return account() + DashboardPaths.ADDRESSES;
    }

    public String address(String addressId) {
        return String.format("%s/accounts/%s/addresses/%s", baseUrl, accountId, addressId);
    }

    public String availableNumbers() {
        return MessageFormat.format("{0}/accounts/{1}/availableNumbers", baseUrl, accountId);
    }

    public String orders() {
        return account(DashboardPaths.ORDERS);
    }

    public String order(String orderId) {
        return orders() + "/" + orderId;
    }

    public String subscriptions() {
        return account(DashboardPaths.SUBSCRIPTIONS);
    }

    public String reportInstances(String reportId) {
        return account(DashboardPaths.REPORTS) + "/" + reportId + "/instances";
    }

    public String sipPeerTn(String siteId, String sipPeerId, String tn) {
        return account() + String.format(DashboardPaths.SIP_PEER_TN, siteId, sipPeerId, tn);
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
