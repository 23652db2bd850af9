package net.northwindtel.provisioning.dashboard;

/**
 * Path templates of the Dashboard API, relative to {@code bandwidth.dashboard.base-url}.
 * Keep them in one place so the clients and the WireMock/MockWebServer stubs agree.
 */
public final class DashboardPaths {

    /** Absolute root used by the few callers that do not go through the configured RestClient. */
    public static final String DASHBOARD_API_ROOT = "https://dashboard.bandwidth.com/api/";

    /** Prefix the old porting scripts used; still needed by the Apache-client inventory fetcher. */
    public static final String V1_ACCOUNTS_PREFIX = "/v1.0/accounts/";

    public static final String ACCOUNT = "/accounts/{accountId}";

    public static final String E911_ADDRESSES = "/accounts/{accountId}/addresses";
    public static final String E911_ADDRESS = "/accounts/{accountId}/addresses/{addressId}";

    public static final String IMPORT_TN_ORDERS = "/accounts/{accountId}/importTnOrders";
    public static final String IMPORT_TN_ORDER_HISTORY = "/accounts/{accountId}/importTnOrders/{orderId}/history";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/{accountId}/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/accounts/{accountId}/importTnChecker";
    public static final String IMPORT_TN_ORDERS_VOICE = "/accounts/{accountId}/importTnOrders/voice";

    public static final String EXTERNAL_TNS = "/accounts/{accountId}/externalTns";

    public static final String TN_OPTIONS = "/accounts/{accountId}/tnoptions";
    public static final String SIPPEER_TN = "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}";
    public static final String SUBSCRIPTIONS = "/accounts/{accountId}/subscriptions";
    public static final String REPORT_INSTANCES = "/accounts/{accountId}/reports/{reportId}/instances";

    private DashboardPaths() {
    }
}
