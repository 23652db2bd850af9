package com.northwind.numbers.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of the Dashboard ("Iris") API, bound from the {@code iris.*} keys of application.yml.
 */
@Component
public class IrisProperties {

    public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api";

    private String baseUrl = DEFAULT_BASE_URL;
    private String sandboxBaseUrl = "https://test.dashboard.bandwidth.com/api/v1";
    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;
    private String sdkVersion = "v1.0";
    private int defaultQuantity = 25;

    @Value("${iris.base-url:" + DEFAULT_BASE_URL + "}")
    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Value("${iris.sandbox.base-url:https://test.dashboard.bandwidth.com/v1.0}")
    public void setSandboxBaseUrl(String sandboxBaseUrl) {
        this.sandboxBaseUrl = sandboxBaseUrl;
    }

    @Value("${iris.account-id}")
    public void setAccountId(String accountId) {
        this.accountId = accountId;
    }

    @Value("${iris.username}")
    public void setUsername(String username) {
        this.username = username;
    }

    @Value("${iris.password}")
    public void setPassword(String password) {
        this.password = password;
    }

    @Value("${iris.site-id}")
    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    @Value("${iris.sip-peer-id}")
    public void setSipPeerId(String sipPeerId) {
        this.sipPeerId = sipPeerId;
    }

    @Value("${iris.sdk-version:v1.0}")
    public void setSdkVersion(String sdkVersion) {
        this.sdkVersion = sdkVersion;
    }

    @Value("${iris.default-quantity:25}")
    public void setDefaultQuantity(int defaultQuantity) {
        this.defaultQuantity = defaultQuantity;
    }

    public String getBaseUrl() { return baseUrl; }
    public String getSandboxBaseUrl() { return sandboxBaseUrl; }
    public String getAccountId() { return accountId; }
    public String getUsername() { return username; }
    public String getPassword() { return password; }
    public String getSiteId() { return siteId; }
    public String getSipPeerId() { return sipPeerId; }
    public String getSdkVersion() { return sdkVersion; }
    public int getDefaultQuantity() { return defaultQuantity; }
}
