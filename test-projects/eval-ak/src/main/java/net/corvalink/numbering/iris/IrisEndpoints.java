package net.corvalink.numbering.iris;

/**
 * Hosts and path pieces of the Bandwidth Dashboard numbers API that more than
 * one activity needs. Account-level paths are appended to {@code /accounts/{id}}.
 */
public final class IrisEndpoints {

    public static final String PROD_BASE = "https://dashboard.bandwidth.com/api";
    public static final String TEST_BASE = "https://test.dashboard.bandwidth.com/api/v1";
    public static final String LEGACY_BASE = "https://api.inetwork.com/v1.0";

    /** Used by the fluent client, which is handed a bare host. */
    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";
    public static final String ACCOUNTS_PATH = "/api/accounts/";

    public static final String ORDERS = "/orders";
    public static final String PORTINS = "/portins";
    public static final String E911_ADDRESSES = "/addresses";
    public static final String E911_ORDERS = "/e911s";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";

    private IrisEndpoints() {
    }
}
