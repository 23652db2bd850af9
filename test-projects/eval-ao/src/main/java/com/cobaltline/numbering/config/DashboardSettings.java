package com.cobaltline.numbering.config;

import java.util.Objects;

/**
 * Connection settings for our Bandwidth Dashboard account. Blueprint builds one instance from the
 * {@code com.cobaltline.numbering.dashboard} PID and exports it as a service, so the DS components
 * can pick it up as well.
 */
public class DashboardSettings {

    public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api/";
    public static final String DEFAULT_COUNTRY = "USA";

    private final String baseUrl;
    private final String accountId;
    private final String username;
    private final String password;
    private final String siteId;
    private final String sipPeerId;
    private final String countryCode;

    public DashboardSettings(String baseUrl, String accountId, String username, String password,
                             String siteId, String sipPeerId, String countryCode) {
        this.baseUrl = trimSlash(baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl);
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.username = username;
        this.password = password;
        this.siteId = siteId;
        this.sipPeerId = sipPeerId;
        this.countryCode = countryCode == null ? DEFAULT_COUNTRY : countryCode;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getUsername() {
        return username;
    }

    public String getPassword() {
        return password;
    }

    public String getSiteId() {
        return siteId;
    }

    public String getSipPeerId() {
        return sipPeerId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    /** Account-relative prefix, e.g. {@code /accounts/5001234}. */
    public String accountPath() {
        return "/accounts/" + accountId;
    }

    @Override
    public String toString() {
        return "DashboardSettings[" + baseUrl + ", account " + accountId + ", site " + siteId + "]";
    }
}
