package com.lumenwave.provisioning.iris;

/**
 * Dashboard (Iris) API paths, relative to the configured {@code iris.base-url}.
 * Templates use Spring's {@code {name}} URI variables.
 */
public final class IrisPaths {

    /** Production Dashboard root, used when {@code iris.base-url} is not set. */
    public static final String DASHBOARD_ROOT = "https://dashboard.bandwidth.com/api";

    public static final String ACCOUNT = "/accounts/{accountId}";

    public static final String E911_ADDRESSES = ACCOUNT + "/addresses";
    public static final String E911_ADDRESS = "/accounts/{accountId}/addresses/{addressId}";

    public static final String IMPORT_TN_ORDERS = "/accounts/{accountId}/importTnOrders";
    public static final String IMPORT_TN_ORDER_HISTORY = "/accounts/{accountId}/importTnOrders/{orderId}/history";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/{accountId}/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/accounts/{accountId}/importTnChecker";
    public static final String VOICE_IMPORT_TN_ORDERS = "/accounts/{accountId}/importTnOrders/voice";

    public static final String ORDERS = "/accounts/{accountId}/orders";
    public static final String ORDER = "/accounts/{accountId}/orders/{orderId}";
    public static final String TN_OPTIONS = "/accounts/{accountId}/tnoptions";
    public static final String SUBSCRIPTIONS = "/accounts/{accountId}/subscriptions";
    public static final String SIPPEER_TN =
            "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}";
    public static final String REPORT_INSTANCES = "/accounts/{accountId}/reports/{reportId}/instances";

    private IrisPaths() {
    }
}
