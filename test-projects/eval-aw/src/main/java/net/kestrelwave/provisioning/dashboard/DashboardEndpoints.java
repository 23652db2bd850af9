package net.kestrelwave.provisioning.dashboard;

/**
 * Dashboard ("Iris") hosts. The environment files normally override these; the constants are what the
 * ops scripts and the health probe fall back to.
 */
public final class DashboardEndpoints {

    public static final String PROD_BASE = "https://dashboard.bandwidth.com/api";
    public static final String TEST_BASE = "https://test.dashboard.bandwidth.com/api/v1";

    /** Old inetwork hosts, still used by the lab account that was never moved. */
    public static final String LEGACY_BASE = "https://api.inetwork.com/v1.0";
    public static final String LEGACY_TEST_BASE = "https://api.test.inetwork.com/v1.0";

    /** Host only; the SDK appends its own version segment. */
    public static final String DASHBOARD_HOST = "https://dashboard.bandwidth.com";

    /** Customer-facing portal, linked from support tickets. */
    public static final String PORTAL = "https://webui.inetwork.com";

    public static final String ACCOUNTS = "/accounts/";

    private DashboardEndpoints() {
    }
}
