package net.harborlight.numops.config;

/**
 * Topics fed by the edge gateway. The gateway terminates the Dashboard's HTTP callbacks and
 * relays them unchanged (XML body plus a JSON envelope) onto these topics.
 */
public final class KafkaTopics {

    /** Order / disconnect notifications, XML body in a JSON envelope. Name predates the API version. */
    public static final String ORDER_CALLBACKS = "dashboard.v1.order-callbacks";

    /** Port-in (LNP) notifications, already converted to JSON by the gateway. */
    public static final String PORTIN_CALLBACKS = "dashboard.v1.portin-callbacks";

    public static final String DISCONNECT_EVENTS = "numops.disconnect-events";

    public static final String CONSUMER_GROUP = "numops-event-service";

    private KafkaTopics() {
    }
}
