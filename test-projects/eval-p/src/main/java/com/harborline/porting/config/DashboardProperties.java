package com.harborline.porting.config;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Connection settings for the carrier Dashboard, bound from {@code dashboard.*}.
 */
@ConfigurationProperties("dashboard")
public class DashboardProperties {

    private String url = "https://dashboard.bandwidth.com/api";
    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;
    private String sdkVersion = "v1.0";
    private String callbackUrl;
    private String countryCode = "USA";

    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getAccountId() { return accountId; }
    public void setAccountId(String accountId) { this.accountId = accountId; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getSiteId() { return siteId; }
    public void setSiteId(String siteId) { this.siteId = siteId; }
    public String getSipPeerId() { return sipPeerId; }
    public void setSipPeerId(String sipPeerId) { this.sipPeerId = sipPeerId; }
    public String getSdkVersion() { return sdkVersion; }
    public void setSdkVersion(String sdkVersion) { this.sdkVersion = sdkVersion; }
    public String getCallbackUrl() { return callbackUrl; }
    public void setCallbackUrl(String callbackUrl) { this.callbackUrl = callbackUrl; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
}
