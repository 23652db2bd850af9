package net.tidewatertel.numbering.dashboard;

/**
 * Paths on the Dashboard numbers API, relative to {@code tidewater.dashboard.base-url}.
 * URI templates: expand with the account id first.
 */
public final class DashboardPaths {

    public static final String ACCOUNT = "/accounts/{accountId}";

    public static final String ORDERS = ACCOUNT + "/orders";
    public static final String ORDER = ORDERS + "/{orderId}";
    public static final String AVAILABLE_NUMBERS = ACCOUNT + "/availableNumbers";
    public static final String IN_SERVICE_NUMBERS = ACCOUNT + "/inserviceNumbers";

    /** E911 service addresses registered on the account. */
    public static final String E911_ADDRESSES = ACCOUNT + "/addresses";
    public static final String E911_ADDRESS = E911_ADDRESSES + "/{addressId}";

    /** Hosted messaging (numbers whose voice stays with another carrier). */
    public static final String IMPORT_TN_ORDERS = ACCOUNT + "/importTnOrders";
    public static final String IMPORT_TN_ORDER = IMPORT_TN_ORDERS + "/{orderId}";
    public static final String REMOVE_IMPORTED_TN_ORDERS = ACCOUNT + "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = ACCOUNT + "/importTnChecker";
    public static final String EXTERNAL_TNS = ACCOUNT + "/externalTns";

    public static final String SIPPEER_TN = ACCOUNT + "/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}";
    public static final String TN_OPTIONS = ACCOUNT + "/tnoptions";
    public static final String SUBSCRIPTIONS = ACCOUNT + "/subscriptions";
    public static final String REPORT_INSTANCES = ACCOUNT + "/reports/{reportId}/instances";
    public static final String REPORT_INSTANCE_FILE = REPORT_INSTANCES + "/{instanceId}/file";

    /** Not account scoped. */
    public static final String TN_DETAILS = "/tns/{tn}/tndetails";

    private DashboardPaths() {
    }
}
