package com.lumenline.provisioning.constants;

/**
 * Endpoints of everything that is not the Dashboard numbers API. Kept apart so nobody
 * "helpfully" points them at the Dashboard base URL again.
 */
public final class PartnerEndpoints {

    public static final String BW_MESSAGING = "https://messaging.bandwidth.com/api/v2";

    public static final String BW_MESSAGES_PATH = "/users/{accountId}/messages";

    public static final String BW_VOICE = "https://voice.bandwidth.com/api/v2";

    public static final String BW_CALLS_PATH = "/accounts/{accountId}/calls";

    public static final String BW_MFA = "https://mfa.bandwidth.com/api/v1";

    public static final String BW_MFA_VOICE_CODE = "/accounts/{accountId}/code/voice";

    public static final String BW_NUMBER_LOOKUP = "https://api.bandwidth.com/v2";

    public static final String BW_TOLL_FREE_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/{accountId}/tollFreeVerification/webhooks/subscriptions";

    /** Pre-2019 Catapult API, still used for the legacy SMS-only tenants. */
    public static final String CATAPULT = "https://api.catapult.inetwork.com/v1";

    public static final String CATAPULT_LOCAL_NUMBERS = "/users/{userId}/availableNumbers/local";

    /** Human-facing portal, only ever rendered in emails to the NOC. */
    public static final String BW_PORTAL = "https://webui.inetwork.com/report/orders";

    public static final String TWILIO = "https://api.twilio.com/2010-04-01";

    public static final String TELNYX = "https://api.telnyx.com/v2";

    private PartnerEndpoints() {
    }
}
