package net.pinecrest.numbertool.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Resolved configuration of one toolkit run. Built by {@link ConfigLoader}.
 */
public record ToolConfig(
        String dashboardBaseUrl,
        String accountId,
        String username,
        String password,
        String siteId,
        String sipPeerId,
        String sdkUri,
        String sdkVersion,
        String e911Path,
        String countryCodeA3,
        String messagingBaseUrl,
        String messagingApplicationId,
        String messagingFrom,
        String callbackPublicUrl,
        int callbackPort,
        String tnInventoryReportId,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        Duration httpTimeout,
        int pageSize) {

    public ToolConfig {
        Objects.requireNonNull(dashboardBaseUrl, "dashboardBaseUrl");
        Objects.requireNonNull(accountId, "accountId");
        if (pageSize <= 0) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
    }

    /** The base URL without a trailing slash. */
    public String dashboardBase() {
        return dashboardBaseUrl.endsWith("/")
                ? dashboardBaseUrl.substring(0, dashboardBaseUrl.length() - 1)
                : dashboardBaseUrl;
    }

    public ToolConfig withDashboardBaseUrl(String newBase) {
        return new ToolConfig(newBase, accountId, username, password, siteId, sipPeerId, sdkUri, sdkVersion,
                e911Path, countryCodeA3, messagingBaseUrl, messagingApplicationId, messagingFrom,
                callbackPublicUrl, callbackPort, tnInventoryReportId, jdbcUrl, jdbcUser, jdbcPassword,
                httpTimeout, pageSize);
    }
}
