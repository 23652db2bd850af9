package net.kestrelwave.integration.config;

/**
 * Path fragments for raw (non-SDK) Dashboard calls. The host part lives in configuration
 * (kestrel.dashboard.base-url / kestrel.bulk.dashboard-url).
 */
public final class DashboardPaths {

    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";
    public static final String API_ROOT = DASHBOARD_HOST + "/api";

    public static final String ACCOUNTS = "/v1.0/accounts/";
    public static final String API_ACCOUNTS = "/api/accounts/";

    public static final String ADDRESSES = "/addresses";
    public static final String E911_ADDRESSES_V2 = "/e911Addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String INSERVICE_NUMBERS = "/inserviceNumbers";
    public static final String SUBSCRIPTIONS = "/subscriptions";

    public static final String REPORT_FILE =
            "https://dashboard.bandwidth.com/api/accounts/{accountId}/reports/{reportId}/instances/{instanceId}/file";

    private DashboardPaths() {
    }

    public static String accountPath(String accountId, String suffix) {
        return ACCOUNTS + accountId + suffix;
    }

    public static String addressPath(String accountId, String addressId) {
        return ACCOUNTS + accountId + "/addresses/" + addressId;
    }

    public static String importOrderPath(String accountId, String orderId) {
        return API_ACCOUNTS + accountId + IMPORT_TN_ORDERS + "/" + orderId;
    }
}
