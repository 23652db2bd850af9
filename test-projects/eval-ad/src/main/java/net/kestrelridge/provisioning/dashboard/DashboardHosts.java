package net.kestrelridge.provisioning.dashboard;

/**
 * Well-known Dashboard hosts. The running configuration normally comes from
 * {@code provisioning.dashboard.base-url}; these are the fall-backs and the values the
 * health probe and the report downloader use directly.
 */
public final class DashboardHosts {

    public static final String HOST = "dashboard.bandwidth.com";
    public static final String TEST_HOST = "test.dashboard.bandwidth.com";

    /** Path prefix of the numbers API on {@link #HOST}. */
    public static final String API_ROOT = "/api";

    public static final String PRODUCTION_BASE = "https://dashboard.bandwidth.com/api";
    public static final String LEGACY_BASE = "https://api.inetwork.com/v1.0";
    public static final String SANDBOX_BASE = "https://test.dashboard.bandwidth.com/api/v2";

    /** Self-service portal, linked from failure messages for the NOC. */
    public static final String PORTAL = "https://webui.inetwork.com/report/#/orders";

    private DashboardHosts() {
    }
}
