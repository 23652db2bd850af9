package com.tallgrassvoice.portwell.config;

/**
 * Hosts and path prefixes of the services portwell talks to. Account ids and hosts that differ per
 * environment come from {@link AppConfig}; these are the fixed parts.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /** Dashboard numbers API used by the reconciliation job. */
    public static final String DASHBOARD = "https://dashboard.bandwidth.com/api/v1";

    /** The wholesale partner account still lives on the old inetwork hosts. */
    public static final String DASHBOARD_WHOLESALE = "https://api.inetwork.com/v1.0";

    /** Account prefix, appended to a configured host. */
    public static final String ACCOUNTS = "/api/accounts/";
    public static final String WHOLESALE_ACCOUNTS = "/v1.0/accounts/";

    public static final String MESSAGES = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    public static final String VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";
    public static final String MFA_VOICE_CODE = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/voice";
    public static final String MFA_VERIFY = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";
    public static final String TN_LOOKUP = "https://api.bandwidth.com/v2/accounts/%s/tnLookup";
    public static final String TFV_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";
    public static final String CATAPULT = "https://api.catapult.inetwork.com/v1";
    public static final String PORTAL = "https://webui.inetwork.com/";

    /** Prefix of our own REST API (see PortApiRoutes). */
    public static final String OWN_API = "/api/";
}
