package com.kestrelvoice.numlife.dashboard;

/**
 * Path fragments of the Dashboard API. The base URL comes from configuration; these are appended
 * to it by the individual clients.
 */
public final class DashboardPaths {

    public static final String PRODUCTION_BASE = "https://dashboard.bandwidth.com/api/";
    public static final String TEST_BASE = "https://test.dashboard.bandwidth.com/api/v1";
    public static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";

    /** Prefix used when the host is configured without any path. */
    public static final String ACCOUNTS_PREFIX = "/v1.0/accounts/";

    public static final String ACCOUNT = "/accounts/{accountId}";
    public static final String AVAILABLE_NUMBERS = ACCOUNT + "/availableNumbers";
    public static final String AVAILABLE_NPA_NXX = ACCOUNT + "/availableNpaNxx";
    public static final String INSERVICE_NUMBERS = ACCOUNT + "/inserviceNumbers";
    public static final String ORDERS = ACCOUNT + "/orders";
    public static final String ORDER = ORDERS + "/{orderId}";
    public static final String DISCONNECTS = ACCOUNT + "/disconnects";
    public static final String TN_OPTIONS = ACCOUNT + "/tnoptions";
    public static final String E911_ADDRESSES = "/accounts/{accountId}/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String IMPORT_TN_CHECKER = ACCOUNT + "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String SIP_PEER_TNS = ACCOUNT + "/sites/{siteId}/sippeers/{sipPeerId}/tns";
    public static final String SUBSCRIPTIONS = ACCOUNT + "/subscriptions";
    public static final String REPORT_INSTANCES = ACCOUNT + "/reports/{reportId}/instances";

    private DashboardPaths() {
    }
}
