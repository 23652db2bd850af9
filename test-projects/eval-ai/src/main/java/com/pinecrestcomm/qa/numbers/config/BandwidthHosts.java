package com.pinecrestcomm.qa.numbers.config;

/**
 * Hosts of the Bandwidth products other than the Dashboard numbers API. These have their own
 * versioning and are not affected by the Dashboard v2 cut-over.
 */
public final class BandwidthHosts {

    public static final String MESSAGING_BASE = "https://messaging.bandwidth.com/api/v2";
    public static final String MESSAGES_PATH = "/users/{accountId}/messages";

    public static final String VOICE_BASE = "https://voice.bandwidth.com/api/v2";
    public static final String CALLS_PATH = "/accounts/{accountId}/calls";

    public static final String MFA_BASE = "https://mfa.bandwidth.com/api/v1";
    public static final String MFA_VOICE_CODE_PATH = "/accounts/{accountId}/code/voice";
    public static final String MFA_VERIFY_PATH = "/accounts/{accountId}/code/verify";

    public static final String NUMBER_LOOKUP_BASE = "https://api.bandwidth.com/v2";
    public static final String TOLL_FREE_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions";

    /** Customer portal, linked from failure reports. */
    public static final String PORTAL = "https://webui.inetwork.com/portal/#/accounts/";

    private BandwidthHosts() {
    }
}
