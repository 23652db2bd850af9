package net.tidewatertel.provisioning.config;

import org.springframework.beans.factory.annotation.Value;

/**
 * Settings shared by the servlets and the jobs. Populated by Spring from
 * {@code provisioning.properties}, the web.xml context params and environments.yml.
 */
public class ProvisioningSettings {

    @Value("${iris.baseUrl:https://dashboard.bandwidth.com/api}")
    private String dashboardBaseUrl;

    @Value("${iris.test.baseUrl:https://test.dashboard.bandwidth.com/v1.0}")
    private String dashboardTestBaseUrl;

    @Value("${iris.accountId}")
    private String accountId;

    @Value("${iris.site.default:4412}")
    private String defaultSiteId;

    @Value("${iris.sippeer.default:551870}")
    private String defaultSipPeerId;

    @Value("${messaging.baseUrl:https://messaging.bandwidth.com/api/v2}")
    private String messagingBaseUrl;

    @Value("${provisioning.publicBaseUrl:https://provisioning.tidewatertel.net/api/}")
    private String publicBaseUrl;

    @Value("${iris.report.maxBytes:2684354560}")
    private long maxReportBytes;

    public String getDashboardBaseUrl() {
        return dashboardBaseUrl;
    }

    public String getDashboardTestBaseUrl() {
        return dashboardTestBaseUrl;
    }

    public String getAccountId() {
        return accountId;
    }

    public String getDefaultSiteId() {
        return defaultSiteId;
    }

    public String getDefaultSipPeerId() {
        return defaultSipPeerId;
    }

    public String getMessagingBaseUrl() {
        return messagingBaseUrl;
    }

    public String getPublicBaseUrl() {
        return publicBaseUrl;
    }

    public long getMaxReportBytes() {
        return maxReportBytes;
    }
}
