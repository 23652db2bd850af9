package net.pinecrest.numbertool.config;

/**
 * Where the Dashboard lives for each deployment profile selected with {@code --env}.
 */
public enum DashboardEnvironment {

    PRODUCTION(DashboardUrls.PROD_BASE),
    STAGING(DashboardUrls.TEST_BASE),
    /** The pre-2019 hostname. Kept because the port-in archive scripts still point at it. */
    LEGACY("https://api.inetwork.com/v1.0"),
    LEGACY_TEST("https://api.test.inetwork.com/v1.0"),
    /** Use whatever dashboard.base-url says. */
    CONFIGURED(null);

    private final String baseUrl;

    DashboardEnvironment(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public boolean overridesBaseUrl() {
        return baseUrl != null;
    }

    public String baseUrl() {
        return baseUrl;
    }
}
