package com.harborline.numbering.dashboard;

import com.harborline.numbering.config.DashboardConstants;

/**
 * Helpers that build account-relative Dashboard paths for the raw HTTP callers
 * (java.net.http and the legacy Apache client). Paths are relative to the
 * configured base URL.
 */
public final class DashboardPaths {

    private DashboardPaths() {
    }

    public static String account(String accountId) {
        return "/accounts/" + accountId;
    }

    public static String e911Addresses(String accountId) {
        return account(accountId) + DashboardConstants.E911_ADDRESSES;
    }

    public static String e911Address(String accountId, String addressId) {
        return "/accounts/" + accountId + "/addresses/" + addressId;
    }

    public static String importOrder(String accountId, String orderId) {
        return "/accounts/%s/importTnOrders/%s".formatted(accountId, orderId);
    }

    public static String removeImportedOrders(String accountId) {
        return String.format("/accounts/%s/removeImportedTnOrders", accountId);
    }

    public static String externalTns(String accountId) {
        return account(accountId) + DashboardConstants.EXTERNAL_TNS;
    }

    public static String tnOptionOrders(String accountId) {
        return account(accountId) + "/" + DashboardConstants.TN_OPTIONS;
    }

    public static String subscriptions(String accountId) {
        return account(accountId) + "/subscriptions";
    }

    public static String sipPeerTn(String accountId, String siteId, String peerId, String tn) {
        return account(accountId) + "/sites/" + siteId + "/sippeers/" + peerId + "/tns/" + tn;
    }

    /** Absolute link used in ops tickets for numbers the sync could not match. */
    public static String tnDetailsUrl(String accountId, String tn) {
        return DashboardConstants.DASHBOARD_HOST + DashboardConstants.ACCOUNTS_PATH + accountId + "/tns/" + tn + "/tndetails";
    }

    /** Absolute URL on the v2 API, used by the canary only. */
    public static String v2InserviceNumbers(String accountId, String countryCodeA3, String areaCode) {
        return "https://dashboard.bandwidth.com/api/v2/accounts/" + accountId
                + "/inserviceNumbers?countryCodeA3=" + countryCodeA3 + "&areaCode=" + areaCode;
    }
}
