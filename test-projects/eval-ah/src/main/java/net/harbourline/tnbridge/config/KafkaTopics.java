package net.harbourline.tnbridge.config;

/** Kafka topics exchanged with the provisioning platform (names are resolved from properties). */
public final class KafkaTopics {

    public static final String NUMBER_REQUESTS = "kafka:{{kafka.topics.number-requests}}?groupId={{kafka.group-id}}";
    public static final String INVENTORY_EVENTS = "kafka:{{kafka.topics.inventory-events}}";
    public static final String E911_UPDATES = "kafka:{{kafka.topics.e911-updates}}?groupId={{kafka.group-id}}";
    public static final String SMS_ENABLEMENT = "kafka:{{kafka.topics.sms-enablement}}?groupId={{kafka.group-id}}";

    private KafkaTopics() {
    }
}
