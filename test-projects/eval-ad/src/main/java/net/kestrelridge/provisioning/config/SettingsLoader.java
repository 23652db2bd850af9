package net.kestrelridge.provisioning.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.Optional;

/**
 * Loads {@code application.conf}, or {@code environments/<KR_ENV>.conf} when KR_ENV is set.
 */
public final class SettingsLoader {

    public static final String ENV_VARIABLE = "KR_ENV";

    private SettingsLoader() {
    }

    public static Config load() {
        return load(Optional.ofNullable(System.getenv(ENV_VARIABLE)).orElse(""));
    }

    public static Config load(String environment) {
        ConfigFactory.invalidateCaches();
        if (environment == null || environment.isBlank() || environment.equals("production")) {
            return ConfigFactory.load().getConfig("provisioning");
        }
        Config overlay = ConfigFactory.parseResources("environments/" + environment + ".conf");
        return overlay.withFallback(ConfigFactory.load()).resolve().getConfig("provisioning");
    }
}
