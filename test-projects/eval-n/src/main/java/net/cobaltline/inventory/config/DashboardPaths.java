package net.cobaltline.inventory.config;

/**
 * Path fragments of the Dashboard (Iris) numbers API, relative to the configured base URL.
 * Kept in one place so the clients built by hand agree with the MicroProfile interfaces.
 */
public final class DashboardPaths {

    public static final String ACCOUNTS = "/accounts/";

    /** Used by the batch tool, which talks to the legacy host without the /api prefix. */
    public static final String VERSIONED_ACCOUNTS = "/v1.0/accounts/";

    public static final String AVAILABLE_NUMBERS = "availableNumbers";
    public static final String INSERVICE_NUMBERS = "inserviceNumbers";
    public static final String ORDERS = "orders";
    public static final String E911_ADDRESSES = "addresses";
    public static final String IMPORT_TN_ORDERS = "importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "importTnChecker";
    public static final String EXTERNAL_TNS = "externalTns";
    public static final String TN_OPTIONS = "tnoptions";
    public static final String SUBSCRIPTIONS = "subscriptions";
    public static final String REPORTS = "reports";

    public static final String AREA_CODE_PARAM = "areaCode";
    public static final String COUNTRY_PARAM = "countryCodeA3";
    public static final String QUANTITY_PARAM = "quantity";

    private DashboardPaths() {
    }

    public static String account(String accountId) {
        return ACCOUNTS + accountId;
    }
}
