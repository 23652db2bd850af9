package net.cobaltline.numbers.dashboard;

/**
 * Path pieces of the Dashboard numbers API, appended to the account URL
 * ({@code <baseUrl>/accounts/<accountId>}).
 */
public final class DashboardPaths {

    public static final String ACCOUNTS = "/accounts/";

    public static final String ORDERS = "/orders";
    public static final String ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";

    public static final String AVAILABLE_NUMBERS = "/availableNumbers";
    public static final String INSERVICE_NUMBERS = "/inserviceNumbers";
    public static final String AVAILABLE_NPA_NXX = "/availableNpaNxx";

    public static final String SITES = "/sites/";
    public static final String SIPPEERS = "/sippeers/";
    public static final String TNS = "/tns";

    private DashboardPaths() {
    }
}
