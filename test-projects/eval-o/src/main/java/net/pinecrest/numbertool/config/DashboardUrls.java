package net.pinecrest.numbertool.config;

/**
 * Well-known base addresses of the carrier APIs the toolkit talks to.
 *
 * <p>The numbers API ("Dashboard", called "Iris" in the vendor SDK) is the one we provision
 * numbers through. Messaging and voice are separate products with their own hosts.
 */
public final class DashboardUrls {

    /** Production numbers API. */
    public static final String PROD_BASE = "https://dashboard.bandwidth.com/api";

    /** Vendor sandbox, used by the staging profile and the nightly smoke run. */
    public static final String TEST_BASE = "https://test.dashboard.bandwidth.com/api";

    /** Path prefix appended to a bare host taken from an environment override. */
    public static final String ACCOUNTS_PREFIX = "/api/accounts/";

    /** Host handed to the vendor SDK; the SDK appends its own version segment. */
    public static final String SDK_HOST = "https://dashboard.bandwidth.com";

    public static final String MESSAGING_BASE = "https://messaging.bandwidth.com/api/v2";
    public static final String VOICE_BASE = "https://voice.bandwidth.com/api/v2";

    /** Web portal, only used to print deep links for the NOC. */
    public static final String PORTAL_BASE = "https://webui.inetwork.com";

    public static final String DEFAULT_COUNTRY_A3 = "USA";

    private DashboardUrls() {
    }
}
