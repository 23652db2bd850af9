package net.kestreltel.portdesk.config;

/**
 * Well-known hosts of the Bandwidth Dashboard ("Iris") numbers API.
 *
 * <p>Production traffic goes through {@link #PRODUCTION}; the SDK talks to
 * https://dashboard.bandwidth.com/v1.0/accounts/... on its own (see IrisSdkModule).
 */
public final class DashboardHosts {

    public static final String PRODUCTION = "https://dashboard.bandwidth.com/api";
    public static final String TEST = "https://test.dashboard.bandwidth.com/api/v1";
    /** Root the Iris SDK requests end up on; used when comparing recorded SDK traffic. */
    public static final String SDK_ROOT = "https://dashboard.bandwidth.com/v1.0";

    // Hosts still referenced by the 2016 provisioning scripts, e.g. https://api.inetwork.com/v1.0/accounts
    public static final String LEGACY = "https://api.inetwork.com/v1.0";
    public static final String LEGACY_TEST = "https://api.test.inetwork.com/v1.0";

    /** Target of the migration, already used by the v2 E911 sync. */
    public static final String V2 = "https://dashboard.bandwidth.com/api/v2";
    public static final String PORTAL = "https://webui.inetwork.com/report/tns";

    private DashboardHosts() {
    }
}
