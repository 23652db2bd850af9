package net.tidewatertel.numbering.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Connection settings for the Bandwidth Dashboard numbers API ("Iris").
 * Bound from {@code tidewater.dashboard.*}.
 */
@ConfigurationProperties(prefix = "tidewater.dashboard")
public class DashboardProperties {

    /** API root without trailing slash; paths from DashboardPaths are appended to it. */
    private String baseUrl = "https://dashboard.bandwidth.com/api";

    private String accountId;
    private String username;
    private String password;
    private String siteId;
    private String sipPeerId;

    /** Rate centres we serve; the nightly reconciliation walks these area codes. */
    private List<String> servedAreaCodes = new ArrayList<>(List.of("757", "252"));

    /** Area code pre-selected on the admin search page. */
    private int homeAreaCode = 757;

    private int pageSize = 500;
    private int connectTimeoutMs = 5_000;
    private int readTimeoutMs = 30_000;

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

    public List<String> getServedAreaCodes() {
        return servedAreaCodes;
    }

    public void setServedAreaCodes(List<String> servedAreaCodes) {
        this.servedAreaCodes = servedAreaCodes;
    }

    public int getHomeAreaCode() {
        return homeAreaCode;
    }

    public void setHomeAreaCode(int homeAreaCode) {
        this.homeAreaCode = homeAreaCode;
    }

    public int getPageSize() {
        return pageSize;
    }

    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getConnectTimeoutMs() {
        return connectTimeoutMs;
    }

    public void setConnectTimeoutMs(int connectTimeoutMs) {
        this.connectTimeoutMs = connectTimeoutMs;
    }

    public int getReadTimeoutMs() {
        return readTimeoutMs;
    }

    public void setReadTimeoutMs(int readTimeoutMs) {
        this.readTimeoutMs = readTimeoutMs;
    }
}
