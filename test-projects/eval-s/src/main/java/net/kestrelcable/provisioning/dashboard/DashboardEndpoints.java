package net.kestrelcable.provisioning.dashboard;

/**
 * Roots and path pieces of the Bandwidth Dashboard numbers API.
 *
 * <p>Most calls go through the {@code dashboardRestClient} bean, whose base URL comes from
 * {@code kestrel.dashboard.base-url}. These constants are for the few places that build
 * URLs themselves. Docs: https://dev.bandwidth.com/docs/numbers (old reference was
 * https://dashboard.bandwidth.com/api/accounts/{accountId}/...).
 */
public final class DashboardEndpoints {

    /** Production Dashboard root. */
    public static final String DASHBOARD_ROOT = "https://dashboard.bandwidth.com/api";

    /** Root of the lab account we inherited from the Tidewater acquisition. */
    public static final String LAB_ROOT = "https://api.test.inetwork.com/v1.0";

    public static final String ACCOUNTS = "/accounts/";

    public static final String ADDRESSES = "/addresses";

    public static final String IMPORT_TN_ORDERS = "importTnOrders";

    public static final String REMOVE_IMPORTED_TN_ORDERS = "removeImportedTnOrders";

    public static final String IMPORT_TN_CHECKER = "importTnChecker";

    public static final String EXTERNAL_TNS = "externalTns";

    public static final String TN_OPTIONS = "tnoptions";

    public static final String AREA_CODE = "areaCode";

    public static final String QUANTITY = "quantity";

    private DashboardEndpoints() {
    }
}
