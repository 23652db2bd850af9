package net.kestrelridge.provisioning.config;

import com.typesafe.config.Config;
import java.time.Duration;

/**
 * Binding of the {@code provisioning.dashboard} block.
 */
public record DashboardSettings(
        String baseUrl,
        String accountId,
        int siteId,
        int sipPeerId,
        String username,
        String password,
        Duration connectTimeout,
        Duration responseTimeout,
        String legacyFallbackUrl,
        CallbackSettings callbacks,
        String inventoryReportId,
        String reportOutputFormat) {

    static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api/v1";

    public record CallbackSettings(String url, String username, String password, long expiry) {
    }

    public static DashboardSettings from(Config root) {
        Config c = root.getConfig("dashboard");
        Config cb = c.getConfig("callbacks");
        return new DashboardSettings(
                c.hasPath("base-url") ? c.getString("base-url") : DEFAULT_BASE_URL,
                c.getString("account-id"),
                c.getInt("site-id"),
                c.getInt("sip-peer-id"),
                c.getString("username"),
                c.getString("password"),
                c.getDuration("connect-timeout"),
                c.getDuration("response-timeout"),
                c.hasPath("legacy-fallback-url") ? c.getString("legacy-fallback-url") : "",
                new CallbackSettings(
                        cb.getString("url"),
                        cb.getString("username"),
                        cb.hasPath("password") ? cb.getString("password") : "",
                        cb.hasPath("expiry") ? cb.getLong("expiry") : 4102444800L),
                c.getString("reports.inventory-report-id"),
                c.getString("reports.output-format"));
    }

    public boolean hasLegacyFallback() {
        return legacyFallbackUrl != null && !legacyFallbackUrl.isBlank();
    }
}
