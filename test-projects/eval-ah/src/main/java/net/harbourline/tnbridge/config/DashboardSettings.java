package net.harbourline.tnbridge.config;

import java.util.Objects;

/**
 * Connection settings for the Bandwidth Dashboard account Harbourline provisions numbers from.
 * Bound from {@code dashboard.*} properties by {@link BridgeConfiguration}.
 */
public class DashboardSettings {

    private String baseUrl;
    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;
    private String drSipPeerId;
    private String sdkVersion;
    private String callbackUrl;

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

    public String getDrSipPeerId() {
        return drSipPeerId;
    }

    public void setDrSipPeerId(String drSipPeerId) {
        this.drSipPeerId = drSipPeerId;
    }

    public String getSdkVersion() {
        return sdkVersion;
    }

    public void setSdkVersion(String sdkVersion) {
        this.sdkVersion = sdkVersion;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    /** Account root, e.g. {@code <base>/accounts/<id>}, without trailing slash. */
    public String accountRoot() {
        return Objects.requireNonNull(baseUrl, "dashboard.base-url") + DashboardPaths.ACCOUNTS + accountId;
    }

    @Override
    public String toString() {
        return "DashboardSettings[baseUrl=" + baseUrl + ", accountId=" + accountId + ", siteId=" + siteId
                + ", sipPeerId=" + sipPeerId + "]";
    }
}
