package com.acme.iris.config;

/** Where the Dashboard API lives; shared by every service of the platform. */
public final class IrisEndpoints {
    public static final String BASE_URL = "https://dashboard.bandwidth.com/api/v2";

    private IrisEndpoints() {
    }
}
