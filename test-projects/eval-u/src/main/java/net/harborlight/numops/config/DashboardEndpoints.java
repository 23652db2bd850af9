package net.harborlight.numops.config;

/**
 * Relative routes of the Dashboard numbers API, appended to {@code dashboard.base-url}.
 * Keep them in one place: the ops team greps for these when Bandwidth changes something.
 */
public final class DashboardEndpoints {

    public static final String ACCOUNT = "/accounts/{accountId}";

    public static final String ORDERS = ACCOUNT + "/orders";
    public static final String ORDER = ORDERS + "/{orderId}";
    public static final String DISCONNECTS = ACCOUNT + "/disconnects";
    public static final String SUBSCRIPTIONS = ACCOUNT + "/subscriptions";
    public static final String TN_OPTIONS = ACCOUNT + "/tnoptions";

    public static final String E911_ADDRESSES = "/accounts/{accountId}/addresses";
    public static final String E911_ADDRESS = E911_ADDRESSES + "/{addressId}";

    public static final String IMPORT_TN_ORDERS = "/accounts/{accountId}/importTnOrders";
    public static final String IMPORT_TN_CHECKER = "/accounts/{accountId}/importTnChecker";
    public static final String EXTERNAL_TNS = "/accounts/{accountId}/externalTns";

    public static final String SIPPEER_TN = "/accounts/{accountId}/sites/{siteId}/sippeers/{sipPeerId}/tns/{tn}";

    public static final String REPORT_INSTANCES = ACCOUNT + "/reports/{reportId}/instances";
    public static final String REPORT_INSTANCE_FILE = REPORT_INSTANCES + "/{instanceId}/file";

    private DashboardEndpoints() {
    }
}
