package net.northvale.voice.provisioning.config;

/**
 * Path fragments of the Dashboard numbers API. The raw JAX-RS clients append these to the account
 * root; the SDK-backed gateways use the SDK's own {@code IrisPath} constants instead.
 */
public final class DashboardEndpoints {

    /** Production host. The versioned path is added by {@link #accountRoot(String, String)}. */
    public static final String PROD_HOST = "https://dashboard.bandwidth.com";

    /** Prefix of every account-scoped resource. */
    public static final String ACCOUNTS_PREFIX = "/api/accounts/";

    public static final String ORDERS = "/orders";
    public static final String PORTINS = "/portins";
    public static final String DISCONNECTS = "/disconnects";
    public static final String ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";
    public static final String REPORTS = "/reports";

    /** Query parameter names shared by the search endpoints. */
    public static final String Q_AREA_CODE = "areaCode";
    public static final String Q_QUANTITY = "quantity";

    /** Start of the in-service listing query; filters are appended by the caller. */
    public static final String INSERVICE_NUMBERS_QUERY = "/inserviceNumbers?";

    private DashboardEndpoints() {
    }

    public static String accountRoot(String host, String accountId) {
        return host + ACCOUNTS_PREFIX + accountId;
    }
}
