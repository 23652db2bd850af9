package net.kestreltel.numgate.dashboard;

/**
 * Known Dashboard hosts. Profiles normally set {@code kestrel.dashboard.base-url}; these
 * constants are used by tooling and by the legacy adapter when nothing is configured.
 */
public final class DashboardHosts {

    /** Production Dashboard API. */
    public static final String PRODUCTION = "https://dashboard.bandwidth.com/api";

    /** Production Dashboard API, v2 (NUMGW-388: switch PRODUCTION over once the callbacks are E.164-safe). */
    public static final String PRODUCTION_V2 = "https://dashboard.bandwidth.com/api/v2";

    /** Bandwidth's test environment, used by the staging profile. */
    public static final String TEST = "https://test.dashboard.bandwidth.com/api";

    /** Pre-2019 iNetwork host. Some of the older east-region accounts were provisioned against it. */
    public static final String INETWORK_LEGACY = "https://api.inetwork.com/v1.0";

    /** Human-facing portal (order pages linked from alerts). Not an API. */
    public static final String PORTAL = "https://webui.inetwork.com/report/";

    private DashboardHosts() {
    }

    public static String portalOrderLink(String orderId) {
        return PORTAL + "orders/" + orderId;
    }
}
