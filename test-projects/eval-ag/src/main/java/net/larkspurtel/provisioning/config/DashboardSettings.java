package net.larkspurtel.provisioning.config;

/**
 * Settings for the Bandwidth Dashboard (numbers) API, bound from the environment by
 * {@link SettingsBinder}.
 */
public class DashboardSettings {

    /** Used when LARKSPUR_ENV=staging and no DASHBOARD_BASE_URL is set. */
    public static final String TEST_ENVIRONMENT_BASE = "https://test.dashboard.bandwidth.com/api/v1";

    @EnvVar(name = "DASHBOARD_BASE_URL", defaultValue = "https://dashboard.bandwidth.com/api")
    String baseUrl;

    @EnvVar(name = "DASHBOARD_ACCOUNT_ID")
    String accountId;

    @EnvVar(name = "DASHBOARD_USERNAME")
    String username;

    @EnvVar(name = "DASHBOARD_PASSWORD", secret = true)
    String password;

    @EnvVar(name = "DASHBOARD_SITE_ID", defaultValue = "4417")
    String siteId;

    @EnvVar(name = "DASHBOARD_SIPPEER_ID", defaultValue = "552910")
    String sipPeerId;

    @EnvVar(name = "DASHBOARD_CALLBACK_URL",
            defaultValue = "https://provisioning.larkspurtel.net/api/dashboard/callbacks")
    String callbackUrl;

    @EnvVar(name = "DASHBOARD_CALLBACK_EXPIRY", defaultValue = "3122064000")
    String callbackExpiry;

    @EnvVar(name = "DASHBOARD_CALLBACK_USER", defaultValue = "dashboard-cb")
    String callbackUser;

    @EnvVar(name = "DASHBOARD_CALLBACK_PASSWORD", secret = true)
    String callbackPassword;

    @EnvVar(name = "DASHBOARD_TIMEOUT_SECONDS", defaultValue = "30")
    String timeoutSeconds;

    @EnvVar(name = "REPORT_BUCKET", defaultValue = "larkspur-dashboard-reports")
    String reportBucket;

    public DashboardSettings() {
    }

    public DashboardSettings(String baseUrl, String accountId, String username, String password) {
        this.baseUrl = baseUrl;
        this.accountId = accountId;
        this.username = username;
        this.password = password;
        this.siteId = "4417";
        this.sipPeerId = "552910";
        this.timeoutSeconds = "30";
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String siteId() {
        return siteId;
    }

    public String sipPeerId() {
        return sipPeerId;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    public String callbackExpiry() {
        return callbackExpiry;
    }

    public String callbackUser() {
        return callbackUser;
    }

    public String callbackPassword() {
        return callbackPassword;
    }

    public int timeoutSeconds() {
        return timeoutSeconds == null ? 30 : Integer.parseInt(timeoutSeconds);
    }

    public String reportBucket() {
        return reportBucket;
    }

    public DashboardSettings withCallback(String url, String user, String password, String expiry) {
        this.callbackUrl = url;
        this.callbackUser = user;
        this.callbackPassword = password;
        this.callbackExpiry = expiry;
        return this;
    }
}
