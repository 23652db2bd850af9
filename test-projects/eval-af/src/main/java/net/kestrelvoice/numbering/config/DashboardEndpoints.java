package net.kestrelvoice.numbering.config;

/**
 * Carrier dashboard ("Iris") endpoints used by the gateway.
 *
 * <p>Historically the dashboard was reached through https://api.inetwork.com/v1.0 and the
 * ops runbook still shows that host. Production traffic goes through {@link #PROD_BASE}.
 */
public final class DashboardEndpoints {

    /** Production dashboard base, without trailing slash. */
    public static final String PROD_BASE = "https://dashboard.bandwidth.com/api";

    /** Sandbox used by the staging profile. */
    public static final String TEST_BASE = "https://test.dashboard.bandwidth.com/api/v1";

    /** What the Iris SDK talks to when given only credentials. */
    public static final String SDK_HOST = "https://dashboard.bandwidth.com";

    /** Path prefix used when a host is configured separately (see LegacyInetworkClient). */
    public static final String ACCOUNTS_PREFIX = "/v1.0/accounts/";

    public static final String ORDERS = "orders";
    public static final String E911_ADDRESSES = "/addresses";
    public static final String IMPORT_TN_ORDERS = "importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS = "removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER = "importTnChecker";
    public static final String EXTERNAL_TNS = "/externalTns";
    public static final String INSERVICE_NUMBERS = "inserviceNumbers";
    public static final String TN_OPTIONS = "tnoptions";
    public static final String SUBSCRIPTIONS = "subscriptions";

    /** ISO 3166 alpha-3 country filter the v2 search endpoints take next to areaCode. */
    public static final String COUNTRY_PARAM = "countryCodeA3";
    public static final String USA = "USA";

    /** Web portal link put into support tickets. */
    public static final String PORTAL = "https://webui.inetwork.com/report/";

    private DashboardEndpoints() {
    }
}
