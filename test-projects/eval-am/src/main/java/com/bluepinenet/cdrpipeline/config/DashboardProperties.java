package com.bluepinenet.cdrpipeline.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection settings for the Bandwidth Dashboard numbers API.
 * Bound from the {@code dashboard.*} keys of application.yml and the profile files.
 */
@ConfigurationProperties(prefix = "dashboard")
public class DashboardProperties {

    /** Base URL without trailing slash; paths are appended as "/accounts/...". */
    private String baseUrl = "https://dashboard.bandwidth.com/api";

    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;

    /** Version segment handed to the Iris SDK client. */
    private String sdkVersion = "v1.0";

    /** Path template of the E911 address book, {accountId} is substituted at call time. */
    private String e911Path = "/accounts/{accountId}/addresses";

    private String callbackUrl;
    private Duration requestTimeout = Duration.ofSeconds(20);
    private int maxAttempts = 4;
    private Duration retryWait = Duration.ofMillis(750);

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
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

    public String getSdkVersion() {
        return sdkVersion;
    }

    public void setSdkVersion(String sdkVersion) {
        this.sdkVersion = sdkVersion;
    }

    public String getE911Path() {
        return e911Path;
    }

    public void setE911Path(String e911Path) {
        this.e911Path = e911Path;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public Duration getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public Duration getRetryWait() {
        return retryWait;
    }

    public void setRetryWait(Duration retryWait) {
        this.retryWait = retryWait;
    }
}
