package net.prairiewave.numbering.config;

/**
 * Path fragments of the Dashboard numbers API, appended to {@link DashboardSettings#accountUrl()}.
 * Kept in one place so the clients agree on spelling.
 */
public final class DashboardPaths {

    public static final String ACCOUNTS = "/accounts/";
    public static final String ADDRESSES = "/addresses";
    public static final String ORDERS = "/orders";
    public static final String DISCONNECTS = "/disconnects";
    public static final String PORT_INS = "/portins";
    public static final String IN_SERVICE_NUMBERS = "/inserviceNumbers";
    public static final String AVAILABLE_NUMBERS = "/availableNumbers";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String SUBSCRIPTIONS = "/subscriptions";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String REPORTS = "/reports";

    /** Query parameter names. */
    public static final String AREA_CODE = "areaCode";
    public static final String QUANTITY = "quantity";
    public static final String PAGE = "page";
    public static final String SIZE = "size";

    private DashboardPaths() {
    }
}
