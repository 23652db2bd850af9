package net.kestrelvoice.numbering.events;

/** Artemis addresses used by the gateway. */
public final class JmsDestinations {

    /** Provisioning requests from the portal and the PBX controller. */
    public static final String PROVISIONING_REQUESTS = "kv.numbering.provisioning.requests";

    /** Dashboard callbacks, relayed from the webhook endpoint so they survive restarts. */
    public static final String DASHBOARD_NOTIFICATIONS = "kv.numbering.dashboard.notifications";

    /** Outcome events for the portal and billing. */
    public static final String PROVISIONING_RESULTS = "kv.numbering.provisioning.results";

    public static final String DEAD_LETTER = "DLQ.kv.numbering";

    private JmsDestinations() {
    }
}
