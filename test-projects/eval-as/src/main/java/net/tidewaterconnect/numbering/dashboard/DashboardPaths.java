package net.tidewaterconnect.numbering.dashboard;

/**
 * Relative paths on the Dashboard API, expanded against the {@code dashboard} RestClient whose
 * default uri variables carry accountId, siteId and peerId.
 */
public final class DashboardPaths {

    public static final String ACCOUNT = "/accounts/{accountId}";

    public static final String E911_ADDRESSES = ACCOUNT + "/addresses";
    public static final String E911_ADDRESS = E911_ADDRESSES + "/{addressId}";

    public static final String IMPORT_TN_ORDERS = "/accounts/{accountId}/importTnOrders";
    public static final String IMPORT_TN_ORDER = IMPORT_TN_ORDERS + "/{orderId}";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/{accountId}/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/accounts/{accountId}/importTnChecker";

    public static final String EXTERNAL_TNS = "/accounts/{accountId}/externalTns";

    public static final String ORDERS = ACCOUNT + "/orders";
    public static final String TN_OPTIONS = ACCOUNT + "/tnoptions";
    public static final String SUBSCRIPTIONS = ACCOUNT + "/subscriptions";
    public static final String AVAILABLE_NUMBERS = ACCOUNT + "/availableNumbers";
    public static final String IN_SERVICE_NUMBERS = ACCOUNT + "/inserviceNumbers";
    public static final String SIPPEER_TN = ACCOUNT + "/sites/{siteId}/sippeers/{peerId}/tns/{tn}";
    public static final String REPORT_INSTANCES = ACCOUNT + "/reports/{reportId}/instances";

    private DashboardPaths() {
    }
}
