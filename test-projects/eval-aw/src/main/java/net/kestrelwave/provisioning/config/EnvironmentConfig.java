package net.kestrelwave.provisioning.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Map;

/**
 * One deployment environment, read from {@code environments/<name>.json} or {@code .yaml}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EnvironmentConfig(
        String name,
        String dashboardBaseUrl,
        String legacyDashboardUrl,
        String sdkUri,
        String sdkVersion,
        String accountId,
        String username,
        String password,
        String siteId,
        String sipPeerId,
        String labSiteId,
        String callbackUrl,
        String smokeTestNumber,
        String messagingBaseUrl,
        String messagingApplicationId,
        String voiceBaseUrl,
        String mfaBaseUrl,
        String crmBaseUrl,
        Map<String, String> paths,
        Map<String, String> searchDefaults) {

    public EnvironmentConfig {
        paths = paths == null ? Map.of() : Map.copyOf(paths);
        searchDefaults = searchDefaults == null ? Map.of() : Map.copyOf(searchDefaults);
    }

    public EnvironmentConfig withDashboardBaseUrl(String url) {
        return new EnvironmentConfig(name, url, legacyDashboardUrl, sdkUri, sdkVersion, accountId, username,
                password, siteId, sipPeerId, labSiteId, callbackUrl, smokeTestNumber, messagingBaseUrl,
                messagingApplicationId, voiceBaseUrl, mfaBaseUrl, crmBaseUrl, paths, searchDefaults);
    }

    public String path(String key, String fallback) {
        return paths.getOrDefault(key, fallback);
    }
}
