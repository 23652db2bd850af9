package io.kestrelvoice.numbering.dashboard;

import java.util.Arrays;

/**
 * Known Dashboard environments. Ops can pick one with {@code kestrel.dashboard.environment}
 * instead of spelling out a base URL.
 */
public enum DashboardEnvironment {

    PRODUCTION("https://dashboard.bandwidth.com/api/v2"),
    STAGING("https://test.dashboard.bandwidth.com/api"),
    LEGACY_INETWORK("https://api.inetwork.com/v1.0"),
    LOCAL_STUB("http://localhost:8089/api/v2");

    private final String baseUrl;

    DashboardEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public static DashboardEnvironment fromName(String name) {
        return Arrays.stream(values())
                .filter(e -> e.name().equalsIgnoreCase(name))
                .findFirst()
                .orElse(PRODUCTION);
    }
}
