package com.northforktel.numbering.config;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Everything the Dashboard clients need to know about the account, resolved once at start-up.
 */
public final class DashboardSettings {

    @Setting(key = ConfigKeys.DASHBOARD_BASE_URL, fallback = ConfigKeys.FALLBACK_DASHBOARD_BASE)
    private String baseUrl;

    @Setting(key = ConfigKeys.DASHBOARD_SANDBOX_URL, fallback = "https://test.dashboard.bandwidth.com/api/v1")
    private String sandboxBaseUrl;

    @Setting(key = ConfigKeys.DASHBOARD_V2_BASE_URL, fallback = "https://dashboard.bandwidth.com/api/v2")
    private String v2BaseUrl;

    @Setting(key = ConfigKeys.DASHBOARD_V2_PREVIEW, fallback = "false")
    private String v2Preview;

    @Setting(key = ConfigKeys.DASHBOARD_ACCOUNT)
    private String accountId;

    @Setting(key = ConfigKeys.DASHBOARD_USER)
    private String username;

    @Setting(key = ConfigKeys.DASHBOARD_PASSWORD)
    private String password;

    @Setting(key = ConfigKeys.DASHBOARD_SITE)
    private String siteId;

    @Setting(key = ConfigKeys.DASHBOARD_SIPPEER)
    private String sipPeerId;

    @Setting(key = "dashboard.sandbox", fallback = "false")
    private String sandbox;

    public static DashboardSettings from(Map<String, String> flat) {
        DashboardSettings settings = new DashboardSettings();
        for (Field field : DashboardSettings.class.getDeclaredFields()) {
            Setting setting = field.getAnnotation(Setting.class);
            if (setting == null) {
                continue;
            }
            String value = flat.getOrDefault(setting.key(), setting.fallback());
            if (value == null || value.isEmpty()) {
                throw new IllegalStateException("missing configuration key " + setting.key());
            }
            try {
                field.setAccessible(true);
                field.set(settings, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return settings;
    }

    public String baseUrl() {
        return Boolean.parseBoolean(sandbox) ? sandboxBaseUrl : baseUrl;
    }

    public String v2BaseUrl() {
        return v2BaseUrl;
    }

    public boolean v2Preview() {
        return Boolean.parseBoolean(v2Preview);
    }

    public String accountId() {
        return accountId;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String siteId() {
        return siteId;
    }

    public String sipPeerId() {
        return sipPeerId;
    }
}
