package net.kestrelwave.numops.dashboard;

/**
 * Hosts and path formats of the Bandwidth Dashboard numbers API. Path formats take the account id
 * first; append them to the base URL of the stage.
 */
public final class DashboardEndpoints {

    public static final String PROD_HOST = "dashboard.bandwidth.com";
    public static final String TEST_HOST = "test.dashboard.bandwidth.com";

    public static final String PROD_BASE = "https://dashboard.bandwidth.com/api";
    public static final String TEST_BASE = "https://test.dashboard.bandwidth.com/api";

    public static final String AVAILABLE_BY_AREA_CODE = "/accounts/%s/availableNumbers?areaCode=%s&quantity=%d";
    public static final String INSERVICE_NUMBERS = "/accounts/%s/inserviceNumbers";

    public static final String ADDRESSES = "/accounts/%s/addresses";
    public static final String ADDRESS = "/accounts/%s/addresses/%s";

    public static final String IMPORT_TN_ORDERS = "/accounts/%s/importTnOrders";
    public static final String IMPORT_TN_ORDER_HISTORY = "/accounts/%s/importTnOrders/%s/history";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/%s/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/accounts/%s/importTnChecker";
    public static final String EXTERNAL_TNS = "/accounts/%s/externalTns";

    public static final String TN_OPTIONS = "/accounts/%s/tnoptions";
    public static final String SIPPEER_TNS = "/accounts/%s/sites/%s/sippeers/%s/tns";

    // Targets for the API v2 move (NUM-412). Nothing uses these yet.
    public static final String V2_BASE = "https://dashboard.bandwidth.com/api/v2";
    public static final String V2_E911_ADDRESSES = "/accounts/%s/e911Addresses";
    public static final String V2_IMPORT_TN_ORDERS = "/accounts/%s/importTnOrders/messaging";
    public static final String V2_REMOVE_IMPORTED = "/accounts/%s/removeImportedTnOrders/messaging";

    private DashboardEndpoints() {
    }
}
