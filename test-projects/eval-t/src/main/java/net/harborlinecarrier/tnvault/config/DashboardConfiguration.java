package net.harborlinecarrier.tnvault.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotEmpty;

/**
 * The {@code dashboard:} block of config.yml: where the Bandwidth Dashboard lives and which
 * account/site/SIP peer our inventory is provisioned on.
 *
 * <p>History: until 2019 this pointed at https://api.inetwork.com/v1.0 (see TNV-88).
 */
public class DashboardConfiguration {

    public static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api";

    @NotEmpty
    @JsonProperty
    private String baseUrl = DEFAULT_BASE_URL;

    /** Used by the sandbox smoke test and by developers running against the test account. */
    @JsonProperty
    private String sandboxBaseUrl = "https://test.dashboard.bandwidth.com/api/v1";

    @NotEmpty
    @JsonProperty
    private String accountId;

    @JsonProperty
    private String username;

    @JsonProperty
    private String password;

    @JsonProperty
    private String siteId;

    @JsonProperty
    private String sipPeerId;

    @JsonProperty
    private String countryCodeA3 = "USA";

    /** Area code searched when the customer does not ask for one (Raleigh POP). */
    @JsonProperty
    private int defaultAreaCode = 919;

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getSandboxBaseUrl() {
        return sandboxBaseUrl;
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

    public int getDefaultAreaCode() {
        return defaultAreaCode;
    }
}
