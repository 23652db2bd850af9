package net.cedarline.numberdesk.dashboard;

/**
 * Path pieces of the Dashboard (Iris) numbers API, appended to
 * {@code <baseUrl>/accounts/<accountId>} by {@link DashboardUrls}.
 */
public final class DashboardPaths {

    public static final String ACCOUNTS = "/accounts/";

    public static final String ORDERS = "/orders";
    public static final String DISCONNECTS = "/disconnects";
    public static final String PORT_INS = "/portins";
    public static final String LNP_CHECKER = "/lnpchecker";
    public static final String E911_ORDERS = "/e911s";
    public static final String E911_ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String AVAILABLE_NUMBERS = "/availableNumbers";
    public static final String AVAILABLE_NPA_NXX = "/availableNpaNxx";
    public static final String INSERVICE_NUMBERS = "/inserviceNumbers";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";
    public static final String REPORTS = "/reports";

    /** site, sip peer, telephone number. */
    public static final String SIP_PEER_TN = "/sites/%s/sippeers/%s/tns/%s";

    private DashboardPaths() {
    }
}
