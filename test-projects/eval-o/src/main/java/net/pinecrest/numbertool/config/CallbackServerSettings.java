package net.pinecrest.numbertool.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;

import java.time.Duration;
import java.util.List;

/**
 * Settings of the notification receiver, kept in HOCON ({@code callback-server.conf}) because the
 * ops team shares that file with the other JVM services on the NOC box.
 */
public record CallbackServerSettings(
        String bindAddress,
        int port,
        String contextPath,
        String basicUser,
        String basicPassword,
        List<String> allowedSources,
        Duration orderLookupTimeout,
        String orderLookupUrl) {

    public static CallbackServerSettings load() {
        Config root = ConfigFactory.parseResources("callback-server.conf").resolve();
        Config c = root.getConfig("callback");
        return new CallbackServerSettings(
                c.getString("bind"),
                c.getInt("port"),
                c.getString("context-path"),
                c.getString("auth.user"),
                c.getString("auth.password"),
                c.getStringList("allowed-sources"),
                c.getDuration("order-lookup.timeout"),
                c.getString("order-lookup.url"));
    }
}
