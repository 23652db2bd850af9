package io.kestrelvoice.numbering.dashboard;

/**
 * Path fragments of the Dashboard numbers API, relative to the account URL
 * ({@code {baseUrl}/accounts/{accountId}}).
 */
public final class DashboardPaths {

    public static final String ACCOUNTS = "/accounts/";

    public static final String ORDERS = "/orders";
    public static final String AVAILABLE_NUMBERS = "/availableNumbers";
    public static final String AVAILABLE_NPA_NXX = "/availableNpaNxx";
    public static final String IN_SERVICE_NUMBERS = "/inserviceNumbers";
    public static final String TNS = "/tns";

    /** E911 service addresses registered on the account. */
    public static final String ADDRESSES = "/addresses";

    /** Hosted messaging (numbers that stay with another carrier for voice). */
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "/importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";

    public static final String TN_OPTIONS = "/tnoptions";
    public static final String SUBSCRIPTIONS = "/subscriptions";
    public static final String REPORTS = "/reports";

    /** sites/{siteId}/sippeers/{sipPeerId}/tns/{tn} */
    public static final String SIP_PEER_TN = "/sites/%s/sippeers/%s/tns/%s";

    /** Used by the old inventory importer that still talks to the inetwork host directly. */
    public static final String V1_ACCOUNTS_PREFIX = "/v1.0/accounts/";

    private DashboardPaths() {
    }
}
