package net.kestreltel.numgate.dashboard;

/**
 * Account-relative Dashboard paths, expanded by WebClient's URI templates.
 * All of them are appended to {@code kestrel.dashboard.base-url}.
 */
public final class DashboardPaths {

    public static final String ACCOUNT = "/accounts/{accountId}";

    public static final String AVAILABLE_NUMBERS = ACCOUNT + "/availableNumbers";
    public static final String AVAILABLE_NPA_NXX = ACCOUNT + "/availableNpaNxx";
    public static final String INSERVICE_NUMBERS = ACCOUNT + "/inserviceNumbers";
    public static final String ORDERS = ACCOUNT + "/orders";
    public static final String ORDER = ORDERS + "/{orderId}";

    /** E911 service addresses. */
    public static final String E911_ADDRESSES = ACCOUNT + "/addresses";

    /** Hosted messaging imports (numbers whose voice stays with another carrier). */
    public static final String IMPORT_TN_ORDERS = ACCOUNT + "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = ACCOUNT + "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = ACCOUNT + "/importTnChecker";

    public static final String EXTERNAL_TNS = ACCOUNT + "/externalTns";

    public static final String SIPPEER_TNS = ACCOUNT + "/sites/{siteId}/sippeers/{sipPeerId}/tns";
    public static final String SIPPEER_TN = SIPPEER_TNS + "/{tn}";
    public static final String TN_OPTIONS = ACCOUNT + "/tnoptions";
    public static final String SUBSCRIPTIONS = ACCOUNT + "/subscriptions";
    public static final String REPORT_INSTANCES = ACCOUNT + "/reports/{reportId}/instances";
    public static final String REPORT_INSTANCE = REPORT_INSTANCES + "/{instanceId}";
    public static final String REPORT_FILE = REPORT_INSTANCE + "/file";

    /** Not account-scoped. */
    public static final String TN_DETAILS = "/tns/{tn}/tndetails";

    /** Segment names, for code that builds paths with {@code pathSegment(..)}. */
    public static final String SEG_ACCOUNTS = "accounts";
    public static final String SEG_IMPORT_TN_ORDERS = "importTnOrders";
    public static final String SEG_HISTORY = "history";

    private DashboardPaths() {
    }
}
