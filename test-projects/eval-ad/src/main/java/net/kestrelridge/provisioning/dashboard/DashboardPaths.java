package net.kestrelridge.provisioning.dashboard;

/**
 * Path fragments of the Dashboard numbers API, appended after the base URL and account id.
 */
public final class DashboardPaths {

    public static final String ACCOUNTS = "/accounts/";
    public static final String ORDERS = "/orders";
    public static final String DISCONNECTS = "/disconnects";
    public static final String ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";
    public static final String INSERVICE_NUMBERS = "/inserviceNumbers";
    public static final String AVAILABLE_NUMBERS = "/availableNumbers";
    public static final String AVAILABLE_NPA_NXX = "/availableNpaNxx";
    public static final String TNS = "/tns/";

    /** Versioned account prefix of the legacy inetwork hosts (LegacyFallbackClient). */
    public static final String V1_ACCOUNTS = "/v1.0/accounts/";

    private DashboardPaths() {
    }
}
