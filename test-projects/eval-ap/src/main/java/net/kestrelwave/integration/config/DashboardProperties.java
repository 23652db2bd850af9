package net.kestrelwave.integration.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection settings for the Bandwidth Dashboard (Iris) numbers API.
 * Values come from the config server; the defaults below are what production used
 * before the config repo existed, e.g. https://dashboard.bandwidth.com/api/accounts/...
 */
@ConfigurationProperties(prefix = "kestrel.dashboard")
public class DashboardProperties {

    private String baseUrl = "https://dashboard.bandwidth.com/api";
    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;
    private String apiVersion = "v1.0";
    private final Paths paths = new Paths();

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

    public String getApiVersion() {
        return apiVersion;
    }

    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public Paths getPaths() {
        return paths;
    }

    /** Account-relative resource paths, overridable per environment. */
    public static class Paths {

        private String e911Addresses = "/accounts/{accountId}/addresses";
        private String importOrders;
        private String removeImported;
        private String externalTns;
        private String inserviceNumbers = "/accounts/{accountId}/inserviceNumbers";

        public String getE911Addresses() {
            return e911Addresses;
        }

        public void setE911Addresses(String e911Addresses) {
            this.e911Addresses = e911Addresses;
        }

        public String getImportOrders() {
            return importOrders;
        }

        public void setImportOrders(String importOrders) {
            this.importOrders = importOrders;
        }

        public String getRemoveImported() {
            return removeImported;
        }

        public void setRemoveImported(String removeImported) {
            this.removeImported = removeImported;
        }

        public String getExternalTns() {
            return externalTns;
        }

        public void setExternalTns(String externalTns) {
            this.externalTns = externalTns;
        }

        public String getInserviceNumbers() {
            return inserviceNumbers;
        }

        public void setInserviceNumbers(String inserviceNumbers) {
            this.inserviceNumbers = inserviceNumbers;
        }
    }
}
