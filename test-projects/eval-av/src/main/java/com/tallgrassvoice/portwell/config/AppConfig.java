package com.tallgrassvoice.portwell.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Runtime configuration: {@code application.properties} from the classpath, overridden by
 * environment variables so the same jar runs in every environment.
 */
public final class AppConfig {

    private final Properties props = new Properties();

    private AppConfig() {
    }

    public static AppConfig load() {
        AppConfig cfg = new AppConfig();
        try (InputStream in = AppConfig.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                cfg.props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.properties", e);
        }
        return cfg;
    }

    private String get(String envName, String key, String fallback) {
        String fromEnv = System.getenv(envName);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv.trim();
        }
        return props.getProperty(key, fallback).trim();
    }

    public int port() {
        return Integer.parseInt(get("PORT", "server.port", "4567"));
    }

    public int maxThreads() {
        return Integer.parseInt(get("SERVER_THREADS", "server.threads.max", "16"));
    }

    public String dashboardBaseUrl() {
        return get("DASHBOARD_BASE_URL", "dashboard.baseUrl", "https://dashboard.bandwidth.com/api");
    }

    public String stagingBaseUrl() {
        return get("DASHBOARD_STAGING_URL", "dashboard.staging.baseUrl",
                "https://test.dashboard.bandwidth.com/api/v1");
    }

    public String accountId() {
        return get("DASHBOARD_ACCOUNT_ID", "dashboard.accountId", "");
    }

    public String username() {
        return get("DASHBOARD_USERNAME", "dashboard.username", "");
    }

    public String password() {
        return get("DASHBOARD_PASSWORD", "dashboard.password", "");
    }

    public String siteId() {
        return get("DASHBOARD_SITE_ID", "dashboard.siteId", "");
    }

    public String sipPeerId() {
        return get("DASHBOARD_SIPPEER_ID", "dashboard.sipPeerId", "");
    }

    public int timeoutSeconds() {
        return Integer.parseInt(get("DASHBOARD_TIMEOUT", "dashboard.timeoutSeconds", "30"));
    }

    public String sdkVersion() {
        return get("IRIS_API_VERSION", "dashboard.apiVersion", "v1.0");
    }

    public String e911Path() {
        return get("DASHBOARD_E911_PATH", "dashboard.e911.path", "/accounts/{accountId}/addresses");
    }

    public String importPath() {
        return get("DASHBOARD_IMPORT_PATH", "dashboard.import.path", "/accounts/{accountId}/importTnOrders");
    }

    public String portalUrl() {
        return get("DASHBOARD_PORTAL_URL", "dashboard.portal.url", "https://dashboard.bandwidth.com/portal/");
    }

    public String messagingBaseUrl() {
        return get("MESSAGING_BASE_URL", "messaging.baseUrl", "https://messaging.bandwidth.com/api/v2");
    }

    public String messagingApplicationId() {
        return get("MESSAGING_APPLICATION_ID", "messaging.applicationId", "");
    }

    public String messagingFrom() {
        return get("MESSAGING_FROM", "messaging.fromNumber", "+19195550142");
    }

    public String voiceBaseUrl() {
        return get("VOICE_BASE_URL", "voice.baseUrl", "https://voice.bandwidth.com/api/v2");
    }

    public String mfaBaseUrl() {
        return get("MFA_BASE_URL", "mfa.baseUrl", "https://mfa.bandwidth.com/api/v1");
    }

    public String lookupBaseUrl() {
        return get("LOOKUP_BASE_URL", "lookup.baseUrl", "https://api.bandwidth.com/v2");
    }

    public String defaultAreaCode() {
        return get("SEARCH_AREA_CODE", "search.defaultAreaCode", "919");
    }

    public int defaultQuantity() {
        return Integer.parseInt(get("SEARCH_QUANTITY", "search.defaultQuantity", "10"));
    }

    public String callbackUrl() {
        return get("CALLBACK_URL", "callbacks.publicUrl", "http://localhost:4567/callbacks/dashboard");
    }

    public String callbackExpiry() {
        return get("CALLBACK_EXPIRY", "callbacks.expiry", "3122064000");
    }

    public String callbackUsername() {
        return get("CALLBACK_USERNAME", "callbacks.username", "dashboard-cb");
    }

    public String callbackPassword() {
        return get("CALLBACK_PASSWORD", "callbacks.password", "");
    }

    public String jdbcUrl() {
        return get("DB_URL", "db.url", "jdbc:postgresql://localhost:5432/portwell");
    }

    public String jdbcUser() {
        return get("DB_USER", "db.user", "portwell");
    }

    public String jdbcPassword() {
        return get("DB_PASSWORD", "db.password", "");
    }
}
