package com.lumenline.provisioning.constants;

/**
 * Fixed values for talking to the Bandwidth Dashboard API.
 *
 * <p>Most callers should take the base URL from {@code DashboardProperties}; these constants are
 * the fall-backs used by the tooling and by code that predates the properties class.
 */
public final class IrisConstants {

    /** Production Dashboard API. */
    public static final String DASHBOARD_BASE_URL = "https://dashboard.bandwidth.com/api";

    /** Dashboard test environment, used by the sandbox profile and the nightly smoke job. */
    public static final String DASHBOARD_SANDBOX_URL = "https://test.dashboard.bandwidth.com/api";

    /** Host of the Dashboard API; paths are appended by the callers. */
    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    /** Already migrated calls (tnoptions, e911Addresses) go here. */
    public static final String DASHBOARD_V2_BASE_URL = "https://dashboard.bandwidth.com/api/v2";

    /** Old iNetwork host, still referenced by the porting scripts. */
    public static final String INETWORK_BASE_URL = "https://api.inetwork.com/v1.0";

    public static final String XML_UTF8 = "application/xml; charset=utf-8";

    public static final String DEFAULT_COUNTRY_A3 = "USA";

    /** Maximum page size the Dashboard accepts for list calls. */
    public static final int MAX_PAGE_SIZE = 2000;

    /** Used as "unlimited" for our own pagination helpers, never sent to the Dashboard. */
    public static final int UNLIMITED = 2147483647;

    /** Order types we subscribe to for callbacks. */
    public static final String[] SUBSCRIBED_ORDER_TYPES = {"orders", "portins", "importtnorders", "disconnects"};

    private IrisConstants() {
    }
}
