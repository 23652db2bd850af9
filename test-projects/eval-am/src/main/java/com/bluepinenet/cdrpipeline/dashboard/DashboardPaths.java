package com.bluepinenet.cdrpipeline.dashboard;

import java.text.MessageFormat;

import com.bluepinenet.cdrpipeline.config.DashboardEndpoints;

/** Path helpers for the Dashboard API; results are appended to the configured base URL. */
public final class DashboardPaths {

    private DashboardPaths() {
    }

    public static String account(String accountId) {
        return "/accounts/" + accountId;
    }

    public static String e911Addresses(String accountId) {
        return account(accountId) + "/addresses";
    }

    public static String e911Address(String accountId, String addressId) {
        return "/accounts/" + accountId + "/addresses/" + addressId;
    }

    public static String inserviceByAreaCode(String accountId, String areaCode) {
        return "/accounts/" + accountId + "/inserviceNumbers?areacode=" + areaCode;
    }

    public static String siteInservicePage(String accountId, String siteId, String areaCode, int page) {
        return String.format("/accounts/%s/sites/%s/inserviceNumbers?areaCode=%s&page=%d&size=500", accountId, siteId, areaCode, page);
    }

    public static String availableNumbers(String base, String accountId, String areaCode, int quantity) {
        return MessageFormat.format("{0}/accounts/{1}/availableNumbers?areaCode={2}&quantity={3,number,#}", base, accountId, areaCode, quantity);
    }

    public static String importHistory(String accountId, String orderId) {
        return "/accounts/%s/importTnOrders/%s/history".formatted(accountId, orderId);
    }

    public static String portinsForTn(String accountId, String tn) {
        return String.format(DashboardEndpoints.PORT_INS, accountId) + "?tn=" + tn;
    }

    public static String tnDetails(String tn) {
        return "/tns/" + tn + "/tndetails";
    }

    public static String sipPeerTn(String accountId, String siteId, String peerId, String tn) {
        return String.format(DashboardEndpoints.SIP_PEER_TN, accountId, siteId, peerId, tn);
    }
}
