package net.prairiewave.numbering.config;

import io.helidon.config.Config;

import java.time.Duration;
import java.util.Objects;

/**
 * Connection settings for the Bandwidth Dashboard (Iris) numbers API, bound from the
 * {@code dashboard} node of application.yaml.
 * <p>
 * The default below is the URL the team has used since 2019 (https://dashboard.bandwidth.com/api);
 * override it per environment in application.yaml.
 */
public final class DashboardSettings {

    public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api";
    static final String DEFAULT_ACCOUNT_ID = "9900417";
    static final int DEFAULT_TIMEOUT_SECONDS = 20;

    private final String baseUrl;
    private final String accountId;
    private final String username;
    private final String password;
    private final String siteId;
    private final String sipPeerId;
    private final Duration timeout;

    public DashboardSettings(String baseUrl, String accountId, String username, String password,
                             String siteId, String sipPeerId, Duration timeout) {
        this.baseUrl = stripTrailingSlash(Objects.requireNonNull(baseUrl, "baseUrl"));
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.username = username;
        this.password = password;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        this.timeout = timeout;
    }

    public static DashboardSettings from(Config root) {
        Config d = root.get("dashboard");
        return new DashboardSettings(
                d.get("base-url").asString().orElse(DEFAULT_BASE_URL),
                d.get("account-id").asString().orElse(DEFAULT_ACCOUNT_ID),
                d.get("username").asString().orElse("svc-numbering"),
                d.get("password").asString().orElse(""),
                d.get("site-id").asString().orElse("2291"),
                d.get("sip-peer-id").asString().orElse("604117"),
                Duration.ofSeconds(d.get("timeout-seconds").asInt().orElse(DEFAULT_TIMEOUT_SECONDS)));
    }

    /** Same settings against another base URL (used by tests and the v2 pilot). */
    public DashboardSettings withBaseUrl(String otherBaseUrl) {
        return new DashboardSettings(otherBaseUrl, accountId, username, password, siteId, sipPeerId, timeout);
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

    public Duration timeout() {
        return timeout;
    }

    public String accountUrl() {
        return baseUrl + "/accounts/" + accountId;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
