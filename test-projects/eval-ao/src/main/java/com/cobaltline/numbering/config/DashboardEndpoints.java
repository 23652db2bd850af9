package com.cobaltline.numbering.config;

/**
 * Well-known Dashboard hosts. Most code gets the base URL from configuration; these are the
 * fallbacks and the values the Karaf shell commands offer.
 */
public final class DashboardEndpoints {

    public static final String PRODUCTION = "https://dashboard.bandwidth.com/api";

    public static final String SANDBOX = "https://test.dashboard.bandwidth.com/api";

    /** Prefix allowed by the egress proxy ACL; the ops scripts read it from here. */
    public static final String ACCOUNTS_PREFIX = "/api/accounts/";

    /** Old inetwork host, still what the Lisle lab routes to. */
    public static final String LAB = "https://api.test.inetwork.com/v1.0";

    /** Host only, for the SDK clients that set their own path. */
    public static final String HOST = "https://dashboard.bandwidth.com";

    /** The number lookup spike (NUM-1422) already runs against the new version. */
    public static final String PILOT_V2 = "https://dashboard.bandwidth.com/api/v2";

    /** Link target for the NOC e-mails. */
    public static final String PORTAL_ORDER_LINK = "https://webui.inetwork.com/report/orders/%s";

    private DashboardEndpoints() {
    }
}
