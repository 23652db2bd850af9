package net.kestrelcable.provisioning.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the Dashboard posts order, port-in and E911 notifications.
 *
 * @param expiry subscription expiry, epoch seconds (Dashboard wants a far-future value)
 */
@ConfigurationProperties(prefix = "kestrel.callbacks")
public record CallbackProperties(
        String publicUrl,
        String username,
        String password,
        @DefaultValue("3122064000") long expiry,
        @DefaultValue("tnprov-alerts@kestrelcable.net") String alertEmail) {

    public String urlFor(String orderType) {
        return publicUrl + "/" + orderType;
    }
}
