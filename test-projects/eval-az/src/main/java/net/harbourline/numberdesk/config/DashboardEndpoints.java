package net.harbourline.numberdesk.config;

/**
 * Hosts and resource paths of the Bandwidth Dashboard API, shared by the REST client,
 * the timers and the support tooling.
 */
public final class DashboardEndpoints {

    public static final String PRODUCTION = "https://dashboard.bandwidth.com/v1.0";
    public static final String SANDBOX = "https://test.dashboard.bandwidth.com/v1.0";

    /** Numbers API v2, only used by the hosted-messaging pilot so far. */
    public static final String PRODUCTION_V2 = "https://dashboard.bandwidth.com/api/v2";
    public static final String PILOT_E911_ADDRESSES = "/e911Addresses";
    public static final String PILOT_IMPORT_TN_ORDERS = "/importTnOrders/messaging";

    /** Old inetwork host, still used by the port-out reconciliation. */
    public static final String LEGACY_INETWORK = "https://api.inetwork.com/v1.0";
    public static final String LEGACY_INETWORK_TEST = "https://api.test.inetwork.com/v1.0";

    /** Web portal, only linked from notification e-mails. */
    public static final String PORTAL = "https://webui.inetwork.com/report/index.html";

    public static final String ACCOUNTS = "/accounts/";
    public static final String E911_ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String IN_SERVICE_NUMBERS = "/inserviceNumbers";
    public static final String AVAILABLE_NUMBERS = "/availableNumbers";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";
    public static final String REPORTS = "/reports";

    private DashboardEndpoints() {
    }
}
