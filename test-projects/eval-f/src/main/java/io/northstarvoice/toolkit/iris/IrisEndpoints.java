package io.northstarvoice.toolkit.iris;

/**
 * Path templates of the Bandwidth Dashboard ("Iris") numbers API, formatted with the account id
 * first. The host comes from {@code iris.baseUrl}; see the API reference at
 * https://dashboard.bandwidth.com/api/accounts/{accountId}/... in the vendor docs.
 */
public final class IrisEndpoints {

    /** Used when no iris.baseUrl is configured for the environment. */
    public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api";

    public static final String ORDERS = "/accounts/%s/orders";
    public static final String PORT_INS = "/accounts/%s/portins";
    public static final String E911_ADDRESSES = "/accounts/%s/addresses";
    public static final String IMPORT_TN_ORDERS = "/accounts/%s/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/%s/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/accounts/%s/importTnChecker";
    public static final String TN_OPTIONS = "/accounts/%s/tnoptions";
    public static final String SUBSCRIPTIONS = "/accounts/%s/subscriptions";
    public static final String REPORT_INSTANCES = "/accounts/%s/reports/%s/instances";
    public static final String IN_SERVICE_NUMBERS = "/accounts/%s/inserviceNumbers";
    public static final String AVAILABLE_NUMBERS = "/accounts/%s/availableNumbers";
    public static final String SIPPEER_TN = "/accounts/%s/sites/%s/sippeers/%s/tns/%s";

    private IrisEndpoints() {
    }
}
