package net.kestreltel.portdesk.dashboard;

/**
 * Path pieces shared by the hand-written (non-Feign) Dashboard calls.
 *
 * <p>PD-1502: v2 moves hosted messaging to /importTnOrders/messaging and E911 to /e911Addresses.
 */
public final class DashboardPaths {

    public static final String API_ACCOUNTS = "/api/accounts/";
    public static final String ACCOUNTS = "/accounts/";
    public static final String E911_ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";
    public static final String INSERVICE_BY_AREA_CODE = "/inserviceNumbers?areaCode=";
    public static final String TN_OPTIONS = "/tnoptions";
    public static final String E911_ADDRESSES_V2 = "/e911Addresses";

    private DashboardPaths() {
    }
}
