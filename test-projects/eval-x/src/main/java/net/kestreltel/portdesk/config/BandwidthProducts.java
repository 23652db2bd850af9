package net.kestreltel.portdesk.config;

/** Base URLs of the other Bandwidth products PortDesk talks to. None of them is the Dashboard API. */
public final class BandwidthProducts {

    public static final String MESSAGING = "https://messaging.bandwidth.com/api/v2/users/%s/messages";
    public static final String VOICE_CALLS = "https://voice.bandwidth.com/api/v2/accounts/%s/calls";
    public static final String MFA_VOICE = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/voice";
    public static final String MFA_VERIFY = "https://mfa.bandwidth.com/api/v1/accounts/%s/code/verify";
    public static final String NUMBER_LOOKUP = "https://api.bandwidth.com/v2/accounts/%s/tnlookup";
    public static final String TOLL_FREE_WEBHOOKS =
            "https://api.bandwidth.com/api/v2/accounts/%s/tollFreeVerification/webhooks/subscriptions";

    private BandwidthProducts() {
    }
}
