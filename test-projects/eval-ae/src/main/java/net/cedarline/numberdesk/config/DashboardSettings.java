package net.cedarline.numberdesk.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The {@code dashboard:} block of application.yml. */
@JsonIgnoreProperties(ignoreUnknown = true)
public class DashboardSettings {

    private String baseUrl;
    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;
    private String callbackUrl;
    private String callbackUser;
    private String callbackPassword;

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

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getCallbackUser() {
        return callbackUser;
    }

    public void setCallbackUser(String callbackUser) {
        this.callbackUser = callbackUser;
    }

    public String getCallbackPassword() {
        return callbackPassword;
    }

    public void setCallbackPassword(String callbackPassword) {
        this.callbackPassword = callbackPassword;
    }
}
