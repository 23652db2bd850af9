package com.lumenline.provisioning.config;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings for the Bandwidth Dashboard (Iris) numbers API, bound from {@code lumenline.dashboard.*}.
 *
 * @param baseUrl        base URL of the production Dashboard API
 * @param sandboxBaseUrl base URL of the Dashboard test environment
 * @param v2BaseUrl      base URL used by the handful of calls already migrated to v2
 * @param endpoints      endpoint path templates keyed by logical name, e.g. {@code e911-addresses}
 * @param reports        report definitions keyed by logical name
 */
@ConfigurationProperties(prefix = "lumenline.dashboard")
public record DashboardProperties(
        String baseUrl,
        String sandboxBaseUrl,
        String v2BaseUrl,
        String accountId,
        String username,
        String password,
        String sdkVersion,
        String defaultSiteId,
        String defaultSipPeerId,
        Map<String, String> endpoints,
        Map<String, ReportSettings> reports,
        Callback callback) {

    public record ReportSettings(String reportId, String outputFormat) {
    }

    public record Callback(String publicUrl, String username, String password) {
    }

    /** Returns the configured path template for {@code key}, failing fast on typos. */
    public String endpoint(String key) {
        String path = endpoints == null ? null : endpoints.get(key);
        if (path == null) {
            throw new IllegalStateException("No Dashboard endpoint configured for '" + key + "'");
        }
        return path;
    }

    public ReportSettings report(String key) {
        ReportSettings settings = reports == null ? null : reports.get(key);
        if (settings == null) {
            throw new IllegalStateException("No Dashboard report configured for '" + key + "'");
        }
        return settings;
    }
}
