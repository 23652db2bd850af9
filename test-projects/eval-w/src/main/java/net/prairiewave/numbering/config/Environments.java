package net.prairiewave.numbering.config;

import java.util.Locale;

/** Named Dashboard environments the ops tooling can switch between with {@code --env}. */
public enum Environments {

    PRODUCTION("https://dashboard.bandwidth.com/api/"),
    STAGING("https://test.dashboard.bandwidth.com/api/"),
    V2_PILOT("https://dashboard.bandwidth.com/api/v2/"),
    LOCAL_FAKE("http://localhost:8089/api/");

    private final String baseUrl;

    Environments(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public static Environments parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
