package com.harborline.numbering.config;

/**
 * Everything we know about Bandwidth Dashboard ("Iris") that is not environment specific.
 *
 * <p>Environment specific values (credentials, site and SIP peer ids) live in
 * {@code application.properties}; this class only carries the fixed bits of the API.
 */
public final class IrisConstants {

    /** Production Dashboard API root, used when no {@code iris.base} is configured. */
    public static final String DASHBOARD_API = "https://dashboard.bandwidth.com/api";

    /** Sandbox account used by QA (see confluence NUM-112). */
    public static final String DASHBOARD_TEST_API = "https://test.dashboard.bandwidth.com/api/v1";

    /** The new API root; only the TN option order flow talks to it so far. */
    public static final String DASHBOARD_V2_API = "https://dashboard.bandwidth.com/api/v2";

    /** Bandwidth messaging and voice live on their own hosts and are not part of Dashboard. */
    public static final String MESSAGING_API = "https://messaging.bandwidth.com/api/v2";
    public static final String VOICE_API = "https://voice.bandwidth.com/api/v2";

    /** Link we paste into support tickets so NOC can open the account in the portal. */
    public static final String PORTAL_ACCOUNT_LINK = "https://webui.inetwork.com/#/accounts/%s";

    // Path templates, all relative to the API root. First %s is always the account id.
    public static final String E911_ADDRESSES_PATH = "/accounts/%s/addresses";
    public static final String IMPORT_TN_ORDERS_PATH = "/accounts/%s/importTnOrders";
    public static final String REMOVE_IMPORTED_TN_ORDERS_PATH = "/accounts/%s/removeImportedTnOrders";
    public static final String IMPORT_TN_CHECKER_PATH = "/accounts/%s/importTnChecker";
    public static final String TN_OPTIONS_PATH = "/accounts/%s/tnoptions";
    public static final String SUBSCRIPTIONS_PATH = "/accounts/%s/subscriptions";

    public static final String DEFAULT_COUNTRY_A3 = "USA";
    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final int MAX_SEARCH_QUANTITY = 5000;

    public static final String CONTENT_TYPE_XML = "application/xml; charset=utf-8";

    private IrisConstants() {
    }
}
