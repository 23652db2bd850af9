package net.kestrelridge.provisioning.kafka;

import com.typesafe.config.Config;

public record TopicNames(String orderRequested, String orderResults, String dashboardCallbacks, String deadLetter) {

    public static TopicNames from(Config topics) {
        return new TopicNames(
                topics.getString("order-requested"),
                topics.getString("order-results"),
                topics.getString("dashboard-callbacks"),
                topics.getString("dead-letter"));
    }
}
