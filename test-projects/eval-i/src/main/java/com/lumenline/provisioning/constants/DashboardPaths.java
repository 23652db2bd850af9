package com.lumenline.provisioning.constants;

/**
 * Path templates below the Dashboard base URL. {@code {accountId}} is always the Dashboard
 * account, never a Lumenline customer id.
 */
public final class DashboardPaths {

    public static final String ACCOUNT = "/accounts/{accountId}";

    public static final String E911_ADDRESSES = "/accounts/{accountId}/addresses";

    public static final String E911_ADDRESS = E911_ADDRESSES + "/{addressId}";

    public static final String IMPORT_TN_ORDERS = "/accounts/{accountId}/importTnOrders";

    public static final String IMPORT_TN_ORDER_HISTORY = "/accounts/{accountId}/importTnOrders/{orderId}/history";

    public static final String REMOVE_IMPORTED_TN_ORDERS = "/accounts/{accountId}/removeImportedTnOrders";

    public static final String IMPORT_TN_CHECKER = "/accounts/{accountId}/importTnChecker";

    public static final String ORDERS = "/accounts/{accountId}/orders";

    public static final String ORDER = ORDERS + "/{orderId}";

    public static final String SIP_PEER_TN = "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}";

    public static final String TN_OPTIONS = "/accounts/{accountId}/tnoptions";

    /** v2 spelling, used by {@code DashboardV2Client}. */
    public static final String E911_ADDRESSES_V2 = "/accounts/{accountId}/e911Addresses";

    public static final String IMPORT_TN_ORDERS_MESSAGING_V2 = "/accounts/{accountId}/importTnOrders/messaging";

    private DashboardPaths() {
    }
}
