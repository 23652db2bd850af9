package com.cobaltline.numbering.config;

/**
 * Base URLs of the other Bandwidth products and carriers we talk to.
 */
public final class PartnerEndpoints {

    public static final String MESSAGING = "https://messaging.bandwidth.com/api/v2";

    public static final String VOICE = "https://voice.bandwidth.com/api/v2";

    public static final String MFA = "https://mfa.bandwidth.com/api/v1";

    public static final String NUMBER_LOOKUP = "https://api.bandwidth.com/v2";

    public static final String TOLL_FREE_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    public static final String CATAPULT = "https://api.catapult.inetwork.com/v1";

    public static final String TELNYX = "https://api.telnyx.com/v2";

    public static final String TWILIO = "https://api.twilio.com/2010-04-01";

    private PartnerEndpoints() {
    }
}
