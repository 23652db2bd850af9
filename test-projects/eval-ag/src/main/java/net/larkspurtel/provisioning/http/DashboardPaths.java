package net.larkspurtel.provisioning.http;

/**
 * Path segments of the Dashboard numbers API, relative to {@code /accounts/{accountId}}.
 * Keep in sync with {@code dashboard-routes.properties}.
 */
public final class DashboardPaths {

    public static final String ACCOUNTS = "/accounts/";
    public static final String SITES = "sites";
    public static final String SIPPEERS = "sippeers";
    public static final String TNS = "tns";
    public static final String ORDERS = "orders";
    public static final String PORTINS = "portins";
    public static final String AVAILABLE_NUMBERS = "availableNumbers";
    public static final String AVAILABLE_NPA_NXX = "availableNpaNxx";
    public static final String INSERVICE_NUMBERS = "inserviceNumbers";
    public static final String E911_ADDRESSES = "addresses";
    public static final String IMPORT_TN_ORDERS = "importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "importTnChecker";
    public static final String EXTERNAL_TNS = "externalTns";
    public static final String TN_OPTIONS = "tnoptions";
    public static final String SUBSCRIPTIONS = "subscriptions";
    public static final String REPORTS = "reports";

    private DashboardPaths() {
    }
}
