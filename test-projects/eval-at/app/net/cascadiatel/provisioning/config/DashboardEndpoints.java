package net.cascadiatel.provisioning.config;

import java.util.Locale;

/**
 * Base URLs of the Bandwidth Dashboard ("Iris") numbers API.
 *
 * <p>Accounts are addressed as https://dashboard.bandwidth.com/api/accounts/{accountId}; E911
 * addresses live under /accounts/{accountId}/addresses. The SDK ignores the path of its base
 * URL and always sends /v1.0/accounts/... .
 */
public final class DashboardEndpoints {

    public static final String HOST = "https://dashboard.bandwidth.com";
    public static final String PRODUCTION = "https://dashboard.bandwidth.com/api";
    public static final String SANDBOX = "https://test.dashboard.bandwidth.com/api/v1";

    /** Appended to {@link #HOST} by the raw clients. */
    public static final String ACCOUNTS_PATH = "/api/accounts/";

    /** Path prefix the SDK and the DR client put after the host. */
    public static final String SDK_ACCOUNTS_PATH = "/v1.0/accounts/";

    /** Pre-2019 hosts; the DR site in Hillsboro still points at these. */
    public static final String LEGACY_INETWORK = "https://api.inetwork.com/v1.0";
    public static final String LEGACY_INETWORK_TEST = "https://api.test.inetwork.com/v1.0";

    /** Pilot account already moved to the new API. */
    public static final String V2_PILOT = "https://dashboard.bandwidth.com/api/v2";

    private DashboardEndpoints() {
    }

    public static String forEnvironment(String env) {
        switch (env.toLowerCase(Locale.ROOT)) {
            case "prod":
                return PRODUCTION;
            case "dr":
                return LEGACY_INETWORK;
            case "dr-test":
                return LEGACY_INETWORK_TEST;
            case "pilot":
                return V2_PILOT;
            default:
                return SANDBOX;
        }
    }

    public static boolean isDashboard(String url) {
        return url != null && (url.startsWith(HOST) || url.startsWith(LEGACY_INETWORK) || url.startsWith(LEGACY_INETWORK_TEST));
    }
}
