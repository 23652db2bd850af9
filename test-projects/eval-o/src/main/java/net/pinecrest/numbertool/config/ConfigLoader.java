package net.pinecrest.numbertool.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads {@code application.properties} from the classpath, overlays an optional file given on the
 * command line and resolves {@code ${ENV_VAR}} placeholders against the process environment.
 */
public final class ConfigLoader {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)}");
    private static final String DEFAULT_DASHBOARD = "https://dashboard.bandwidth.com/api/v1";

    private ConfigLoader() {
    }

    public static ToolConfig load(Path overrideFile, DashboardEnvironment environment) {
        Properties props = new Properties();
        try (InputStream in = ConfigLoader.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                props.load(in);
            }
            if (overrideFile != null) {
                try (InputStream extra = Files.newInputStream(overrideFile)) {
                    props.load(extra);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration", e);
        }
        return fromProperties(props, System.getenv(), environment);
    }

    static ToolConfig fromProperties(Properties props, Map<String, String> env, DashboardEnvironment environment) {
        String base = resolve(props.getProperty("dashboard.base-url", DEFAULT_DASHBOARD), env);
        if (environment != null && environment.overridesBaseUrl()) {
            base = environment.baseUrl();
        }
        String override = env.get("PNT_DASHBOARD_BASE_URL");
        if (override != null && !override.isBlank()) {
            base = override;
        }
        return new ToolConfig(
                base,
                resolve(props.getProperty("dashboard.account-id"), env),
                resolve(props.getProperty("dashboard.username"), env),
                resolve(props.getProperty("dashboard.password"), env),
                props.getProperty("dashboard.site-id"),
                props.getProperty("dashboard.sip-peer-id"),
                props.getProperty("dashboard.sdk.uri", DashboardUrls.SDK_HOST),
                props.getProperty("dashboard.sdk.version"),
                props.getProperty("dashboard.e911.path"),
                props.getProperty("dashboard.default-country", DashboardUrls.DEFAULT_COUNTRY_A3),
                props.getProperty("messaging.base-url", DashboardUrls.MESSAGING_BASE),
                props.getProperty("messaging.application-id"),
                props.getProperty("messaging.from"),
                props.getProperty("callback.public-url"),
                Integer.parseInt(props.getProperty("callback.port", "8085")),
                props.getProperty("report.tn-inventory-id"),
                resolve(props.getProperty("jdbc.url"), env),
                resolve(props.getProperty("jdbc.user"), env),
                resolve(props.getProperty("jdbc.password"), env),
                Duration.ofSeconds(Long.parseLong(props.getProperty("http.timeout-seconds", "30"))),
                Integer.parseInt(props.getProperty("dashboard.page-size", "500")));
    }

    static String resolve(String value, Map<String, String> env) {
        if (value == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(env.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        return out.toString();
    }
}
