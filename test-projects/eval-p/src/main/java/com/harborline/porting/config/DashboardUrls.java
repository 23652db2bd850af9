package com.harborline.porting.config;

/**
 * Well-known Dashboard hosts. The primary base URL normally comes from {@link DashboardProperties};
 * these are used by the fallback paths and the migration tooling.
 */
public final class DashboardUrls {

    public static final String HOST = "https://dashboard.bandwidth.com";
    public static final String API_ROOT = HOST + "/api";
    public static final String ACCOUNTS = "/api/accounts/";
    public static final String SDK_ACCOUNTS = "/v1.0/accounts/";
    public static final String LEGACY_ROOT = "https://api.inetwork.com/v1.0";
    public static final String LEGACY_TEST_ROOT = "https://api.test.inetwork.com/v1.0";
    public static final String TEST_ROOT = "https://test.dashboard.bandwidth.com/api/v1";
    public static final String V2_ROOT = "https://dashboard.bandwidth.com/api/v2";
    public static final String PORTAL = "https://webui.inetwork.com/report/#/";

    private DashboardUrls() {
    }

    public static String accountRoot(String accountId) {
        return HOST + ACCOUNTS + accountId;
    }

    public static String sdkStyleRoot(String accountId) {
        return HOST + SDK_ACCOUNTS + accountId;
    }
}
