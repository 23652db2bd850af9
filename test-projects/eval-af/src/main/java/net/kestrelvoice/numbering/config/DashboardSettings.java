package net.kestrelvoice.numbering.config;

/**
 * Connection settings for the carrier dashboard. Populated from {@code applicationContext.xml}
 * through the property placeholder (see {@code dashboard.properties}).
 */
public class DashboardSettings {

    private String baseUrl = DashboardEndpoints.PROD_BASE;
    private String accountId;
    private String siteId;
    private String sipPeerId;
    private String username;
    private String password;
    private String sdkUri;
    private String sdkVersion;
    private String callbackUrl;
    private String defaultCountry = DashboardEndpoints.USA;
    private int connectTimeoutMillis = 5_000;
    private int receiveTimeoutMillis = 30_000;

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

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public void setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
    }

    public String getDefaultCountry() {
        return defaultCountry;
    }

    public void setDefaultCountry(String defaultCountry) {
        this.defaultCountry = defaultCountry;
    }

    public int getConnectTimeoutMillis() {
        return connectTimeoutMillis;
    }

    public void setConnectTimeoutMillis(int connectTimeoutMillis) {
        this.connectTimeoutMillis = connectTimeoutMillis;
    }

    public int getReceiveTimeoutMillis() {
        return receiveTimeoutMillis;
    }

    public void setReceiveTimeoutMillis(int receiveTimeoutMillis) {
        this.receiveTimeoutMillis = receiveTimeoutMillis;
    }

    /** {@code https://dashboard.bandwidth.com/api/accounts/123} style prefix. */
    public String accountUrl() {
        return baseUrl + "/accounts/" + accountId;
    }
}
