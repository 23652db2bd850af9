package net.halyardcomm.backoffice.config;

/**
 * Hosts and path pieces of the Bandwidth Dashboard ("Iris") numbers API.
 *
 * <p>History: the porting desk started on https://api.inetwork.com/v1.0 (2014), the
 * number-ordering code moved to https://dashboard.bandwidth.com/api in 2019. Old tickets
 * reference both, so do not be surprised by either in logs.
 *
 * <p>Paths below are relative to {@code /accounts/{accountId}} unless they say otherwise.
 */
public final class DashboardEndpoints {

    /** Production host without any path; the SDK appends its own version segment. */
    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    /** Base URL for the raw HTTP clients (HttpURLConnection based). */
    public static final String DASHBOARD_BASE = "https://dashboard.bandwidth.com/api/";

    /** Lab tenant. Same API, scratch data, reset every Sunday. */
    public static final String LAB_BASE = "https://test.dashboard.bandwidth.com/api/v1";

    /** Appended to {@link #DASHBOARD_HOST} by the fluent client. */
    public static final String ACCOUNTS_FRAGMENT = "/api/accounts/";

    /** Where the new endpoints live; only the TN option calls use it so far. */
    public static final String DASHBOARD_V2 = "https://dashboard.bandwidth.com/api/v2";

    /** Web portal, for links in the ops e-mails. Not an API. */
    public static final String PORTAL = "https://webui.inetwork.com/portal/numbers";

    // ---- resources under /accounts/{accountId} -------------------------------------------

    public static final String ORDERS = "orders";
    public static final String SITES = "sites";
    public static final String TN_OPTIONS = "tnoptions";
    public static final String IN_SERVICE_NUMBERS = "inserviceNumbers";

    /** E911 service addresses. */
    public static final String E911_ADDRESSES = "/addresses";

    /** Hosted messaging imports (segment, no slash; used with UriTemplate). */
    public static final String IMPORT_TN_ORDERS = "importTnOrders";

    public static final String REMOVE_IMPORTED_TN_ORDERS = "/removeImportedTnOrders";

    /** Off-net numbers we host messaging for. */
    public static final String EXTERNAL_TNS = "externalTns";

    /** Portability pre-check; not an order. */
    public static final String IMPORT_TN_CHECKER = "importTnChecker";

    /** Voice hosting of imported numbers, added with the 2023 SIP trunk work. */
    public static final String IMPORT_TN_ORDERS_VOICE = "importTnOrders/voice";

    private DashboardEndpoints() {
    }
}
