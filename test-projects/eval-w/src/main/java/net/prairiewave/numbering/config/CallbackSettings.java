package net.prairiewave.numbering.config;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the Dashboard should send order notifications, read through MicroProfile Config so the
 * same keys work in the SE callback server and in the MP admin module.
 */
public record CallbackSettings(String publicUrl, String username, String password, long expirySeconds) {

    public static CallbackSettings load() {
        Config cfg = ConfigProvider.getConfig();
        return new CallbackSettings(
                cfg.getOptionalValue("callbacks.public-url", String.class)
                        .orElse("https://numbering.prairiewave.net/callbacks/dashboard"),
                cfg.getOptionalValue("callbacks.username", String.class).orElse("dashboard"),
                cfg.getOptionalValue("callbacks.password", String.class).orElse(""),
                // Expiry is epoch seconds, as the Dashboard expects (2068-12-07).
                cfg.getOptionalValue("callbacks.expiry", Long.class).orElse(3122064000L));
    }
}
