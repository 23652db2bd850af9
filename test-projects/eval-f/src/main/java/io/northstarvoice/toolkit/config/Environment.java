package io.northstarvoice.toolkit.config;

import java.util.Arrays;
import java.util.Locale;

/** Deployment environments; each maps to a classpath properties file under /config. */
public enum Environment {
    DEV("northstar-dev.properties"),
    STAGING("northstar-staging.properties"),
    PROD("northstar-prod.properties");

    private final String resource;

    Environment(String resource) {
        this.resource = resource;
    }

    public String resourcePath() {
        return "/config/" + resource;
    }

    public static Environment parse(String value) {
        if (value == null || value.isBlank()) {
            return DEV;
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(e -> e.name().equals(wanted) || e.name().startsWith(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown environment: " + value));
    }
}
