package com.pinecrestcomm.qa.numbers.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * Dashboard environments the suite knows how to reach.
 *
 * <p>The base URL is the part before {@code /accounts/{accountId}}; paths in
 * {@link com.pinecrestcomm.qa.numbers.client.DashboardPaths} are appended to it.
 */
public enum IrisEnvironment {

    TEST("test", "https://test.dashboard.bandwidth.com/api"),
    PROD("prod", "https://dashboard.bandwidth.com/api"),
    /** Kept for the nightly job that still runs against the old inetwork test stack. */
    LEGACY_TEST("legacy-test", "https://api.test.inetwork.com/v1.0"),
    /** Pilot tenant that the carrier team moved over in March. */
    PILOT("pilot", "https://dashboard.bandwidth.com/api/v2");

    private final String key;
    private final String baseUrl;

    IrisEnvironment(String key, String baseUrl) {
        this.key = key;
        this.baseUrl = baseUrl;
    }

    public String key() {
        return key;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public boolean isProduction() {
        return this == PROD || this == PILOT;
    }

    public static IrisEnvironment fromKey(String key) {
        String wanted = key == null ? "test" : key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(env -> env.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown Dashboard environment: " + key));
    }
}
