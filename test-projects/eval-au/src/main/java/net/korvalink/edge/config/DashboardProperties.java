package net.korvalink.edge.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection settings for Bandwidth's Dashboard numbers API.
 * The base URL normally looks like https://dashboard.bandwidth.com/api and is overridden per profile.
 */
@ConfigurationProperties(prefix = "korvalink.dashboard")
public class DashboardProperties {

    private String baseUrl = "https://dashboard.bandwidth.com/api";
    private String host = "https://dashboard.bandwidth.com";
    private String sdkUri = "https://dashboard.bandwidth.com";
    private String sdkVersion;
    private String legacyUri;
    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;
    private String callbackUrl;
    private Duration timeout = Duration.ofSeconds(20);

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public String getSdkUri() {
        return sdkUri;
    }

    public void setSdkUri(String sdkUri) {
        this.sdkUri = sdkUri;
    }

    public String getSdkVersion() {
        return sdkVersion;
    }

    public void setSdkVersion(String sdkVersion) {
        this.sdkVersion = sdkVersion;
    }

    public String getLegacyUri() {
        return legacyUri;
    }

    public void setLegacyUri(String legacyUri) {
        this.legacyUri = legacyUri;
    }

    public String getAccountId() {
        return accountId;
    }

    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public String getSipPeerId() {
        return sipPeerId;
    }

    public void setSipPeerId(String sipPeerId) {
        this.sipPeerId = sipPeerId;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }
}
