package net.harborlight.numops.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Binds the {@code dashboard.*} block of application.yml.
 */
@ConfigurationProperties(prefix = "dashboard")
public class DashboardProperties {

    /** Base URL of the Dashboard numbers API, without trailing slash. */
    private String baseUrl = "https://dashboard.bandwidth.com/api";

    /** Host only; used by the SDK client, which sets the whole path itself. */
    private String host = "https://dashboard.bandwidth.com";

    /** Version segment handed to the Iris SDK client. */
    private String sdkVersion;

    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;

    /** ISO 3166 alpha-3 country used for the numbers we manage. */
    private String countryCodeA3 = "USA";

    private final Legacy legacy = new Legacy();

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

    public String getSdkVersion() {
        return sdkVersion;
    }

    public void setSdkVersion(String sdkVersion) {
        this.sdkVersion = sdkVersion;
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

    public String getCountryCodeA3() {
        return countryCodeA3;
    }

    public void setCountryCodeA3(String countryCodeA3) {
        this.countryCodeA3 = countryCodeA3;
    }

    public Legacy getLegacy() {
        return legacy;
    }

    /** Settings for the accounts that still sit behind the old inetwork host (east region). */
    public static class Legacy {
        private boolean enabled;
        private String configFile = "iris-client.xml";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getConfigFile() {
            return configFile;
        }

        public void setConfigFile(String configFile) {
            this.configFile = configFile;
        }
    }
}
