package com.northforktel.numbering.dashboard;

/**
 * Account-relative resource templates. The first {@code %s} is always the account id; use
 * {@link DashboardHttp#url(String, Object...)} to expand them against the configured base URL.
 */
public final class DashboardPaths {

    public static final String ORDERS = "/accounts/%s/orders";
    public static final String ORDER = "/accounts/%s/orders/%s";
    public static final String PORTINS = "/accounts/%s/portins";
    public static final String PORTIN = "/accounts/%s/portins/%s";

    public static final String E911_ADDRESSES = "/accounts/%s/addresses";
    public static final String E911_ADDRESS = "/accounts/%s/addresses/%s";

    public static final String IMPORT_TN_ORDERS = "/accounts/%s/importTnOrders";
    public static final String IMPORT_TN_ORDER_HISTORY = "/accounts/%s/importTnOrders/%s/history";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/%s/removeImportedTnOrders";
    public static final String EXTERNAL_TNS = "/accounts/%s/externalTns";

    public static final String INSERVICE_NUMBERS = "/accounts/%s/inserviceNumbers";
    public static final String SIPPEER_TN = "/accounts/%s/sites/%s/sippeers/%s/tns/%s";
    public static final String TN_OPTIONS = "/accounts/%s/tnoptions";
    public static final String SUBSCRIPTIONS = "/accounts/%s/subscriptions";
    public static final String REPORT_INSTANCE = "/accounts/%s/reports/%s/instances/%s";

    private DashboardPaths() {
    }
}
