package net.harbourline.tnbridge.config;

/**
 * Path fragments of the Dashboard numbers API, appended to {@code dashboard.base-url}.
 */
public final class DashboardPaths {

    public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api";
    public static final String TEST_BASE_URL = "https://test.dashboard.bandwidth.com/api";

    public static final String ACCOUNTS = "/accounts/";
    public static final String ORDERS = "/orders";
    public static final String DISCONNECTS = "/disconnects";
    public static final String E911_ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";
    public static final String REPORTS = "/reports";
    public static final String INSERVICE_NUMBERS = "/inserviceNumbers";

    /** site, sip peer, telephone number. */
    public static final String SIPPEER_TN = "/sites/%s/sippeers/%s/tns/%s";
    public static final String SIPPEER_MOVE_TNS = "/sites/%s/sippeers/%s/movetns";

    private DashboardPaths() {
    }
}
