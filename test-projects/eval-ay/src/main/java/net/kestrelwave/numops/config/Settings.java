package net.kestrelwave.numops.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Per-stage configuration. Values come from {@code /config/numctl-<stage>.properties} on the
 * classpath, optionally overlaid by the file named in {@code NUMCTL_CONFIG}; most lookups can be
 * overridden by an environment variable so CI and the cron hosts do not need their own files.
 */
public final class Settings {

    public enum Stage {
        DEV, STAGE, PROD;

        public static Stage from(String value) {
            if (value == null || value.isBlank()) {
                return DEV;
            }
            return Stage.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }

        String resource() {
            return "/config/numctl-" + name().toLowerCase(Locale.ROOT) + ".properties";
        }
    }

    // Used when the stage file is missing from the classpath (IDE runs with a trimmed resources folder).
    private static final String FALLBACK = """
            dashboard.base-url=https://dashboard.bandwidth.com/api
            http.timeout-seconds=30
            callbacks.dir=./callbacks
            reports.dir=./reports
            """;

    private final Stage stage;
    private final Properties props;

    private Settings(Stage stage, Properties props) {
        this.stage = stage;
        this.props = props;
    }

    public static Settings load(Stage stage) {
        Properties p = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream(stage.resource())) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } else {
                p.load(new StringReader(FALLBACK));
            }
            String overlay = System.getenv("NUMCTL_CONFIG");
            if (overlay != null && !overlay.isBlank()) {
                try (Reader r = Files.newBufferedReader(Path.of(overlay), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read settings for stage " + stage, e);
        }
        return new Settings(stage, p);
    }

    public static Settings of(Stage stage, Properties props) {
        return new Settings(stage, props);
    }

    public Stage stage() {
        return stage;
    }

    public String get(String key) {
        return get(key, null, null);
    }

    /** Environment variable first, then the stage file, then the default. */
    public String get(String key, String envVar, String defaultValue) {
        if (envVar != null) {
            String fromEnv = System.getenv(envVar);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return fromEnv.trim();
            }
        }
        String value = props.getProperty(key);
        return value != null ? value.trim() : defaultValue;
    }

    public int getInt(String key, String envVar, int defaultValue) {
        String value = get(key, envVar, null);
        return value == null || value.isBlank() ? defaultValue : Integer.parseInt(value);
    }

    public String require(String key, String envVar) {
        String value = get(key, envVar, null);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing setting '" + key + "' for stage " + stage
                    + (envVar != null ? " (or environment variable " + envVar + ")" : ""));
        }
        return value;
    }

    /** A path template from the stage file with {accountId} filled in. */
    public String path(String key, String defaultTemplate) {
        String template = get(key, null, defaultTemplate);
        if (template == null) {
            throw new IllegalStateException("No path configured for " + key);
        }
        return template.replace("{accountId}", accountId());
    }

    public String dashboardBaseUrl() {
        String url = get("dashboard.base-url", "NUMCTL_DASHBOARD_URL", "https://dashboard.bandwidth.com/api");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Wholesale numbers still provisioned through the old inetwork host. */
    public String legacyDashboardUrl() {
        return get("dashboard.legacy-url", "IRIS_LEGACY_URL", "https://api.inetwork.com/v1.0");
    }

    public String accountId() {
        return require("dashboard.account-id", "NUMCTL_ACCOUNT_ID");
    }

    public String username() {
        return require("dashboard.username", "NUMCTL_DASHBOARD_USER");
    }

    public String password() {
        return get("dashboard.password", "NUMCTL_DASHBOARD_PASSWORD", "");
    }

    public String siteId() {
        return require("dashboard.site-id", "NUMCTL_SITE_ID");
    }

    public String sipPeerId() {
        return require("dashboard.sippeer-id", "NUMCTL_SIPPEER_ID");
    }

    public String messagingBaseUrl() {
        return get("messaging.base-url", "NUMCTL_MESSAGING_URL", "https://messaging.bandwidth.com/api/v2");
    }

    public String voiceBaseUrl() {
        return get("voice.base-url", "NUMCTL_VOICE_URL", "https://voice.bandwidth.com/api/v2");
    }

    public String portalBaseUrl() {
        return get("portal.base-url", "NUMCTL_PORTAL_URL", "https://numops.kestrelwave.net/api");
    }

    public String billingBaseUrl() {
        return get("billing.base-url", "NUMCTL_BILLING_URL", "https://billing.kestrelwave.net/api");
    }

    public String jdbcUrl() {
        return get("jdbc.url", "NUMCTL_JDBC_URL", "jdbc:h2:file:./data/numctl");
    }

    public Path callbacksDir() {
        return Path.of(get("callbacks.dir", "NUMCTL_CALLBACKS_DIR", "./callbacks"));
    }

    public Path reportsDir() {
        return Path.of(get("reports.dir", "NUMCTL_REPORTS_DIR", "./reports"));
    }
}
