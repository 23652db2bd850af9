package io.northstarvoice.toolkit.config;

import io.northstarvoice.toolkit.iris.IrisEndpoints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * Configuration lookup order: system property, environment variable, environment properties file, default.
 * Property {@code iris.baseUrl} is read as env var {@code IRIS_BASEURL}.
 */
public final class ToolkitConfig {

    private final Environment environment;
    private final Properties properties;

    private ToolkitConfig(Environment environment, Properties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    public static ToolkitConfig load() {
        String env = Optional.ofNullable(System.getProperty("northstar.env"))
                .orElseGet(() -> System.getenv("NORTHSTAR_ENV"));
        return load(Environment.parse(env));
    }

    public static ToolkitConfig load(Environment environment) {
        Properties props = new Properties();
        try (InputStream in = ToolkitConfig.class.getResourceAsStream(environment.resourcePath())) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + environment.resourcePath(), e);
        }
        return new ToolkitConfig(environment, props);
    }

    public static ToolkitConfig of(Properties properties) {
        return new ToolkitConfig(Environment.DEV, properties);
    }

    public Environment environment() {
        return environment;
    }

    public String get(String key, String defaultValue) {
        String sys = System.getProperty(key);
        if (sys != null) {
            return sys;
        }
        String env = System.getenv(key.replace('.', '_').toUpperCase());
        if (env != null) {
            return env;
        }
        return properties.getProperty(key, defaultValue);
    }

    public String irisBaseUrl() {
        return get("iris.baseUrl", IrisEndpoints.DEFAULT_BASE_URL);
    }

    public String irisHost() {
        return get("iris.host", "https://dashboard.bandwidth.com");
    }

    public String accountId() {
        return get("iris.accountId", "");
    }

    public String siteId() {
        return get("iris.siteId", "");
    }

    public String sipPeerId() {
        return get("iris.sipPeerId", "");
    }

    public String username() {
        return get("iris.username", System.getenv().getOrDefault("IRIS_USERNAME", ""));
    }

    public String password() {
        return get("iris.password", System.getenv().getOrDefault("IRIS_PASSWORD", ""));
    }

    public boolean useSdkDefaults() {
        return Boolean.parseBoolean(get("iris.useSdkDefaults", "false"));
    }

    public String legacyInetworkBaseUrl() {
        return get("legacy.inetwork.baseUrl", "https://api.inetwork.com/v1.0");
    }

    public String northstarApiBaseUrl() {
        return get("northstar.api.baseUrl", "https://api.northstarvoice.io/api");
    }

    public String messagingBaseUrl() {
        return get("messaging.baseUrl", "https://messaging.bandwidth.com/api/v2");
    }

    public String callbackUrl() {
        return get("callback.url", "https://hooks.northstarvoice.io/iris/notifications");
    }

    public Duration timeout() {
        return Duration.ofSeconds(Long.parseLong(get("http.timeoutSeconds", "30")));
    }
}
