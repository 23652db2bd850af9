package net.cedarline.numberdesk.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads application.yml from the classpath and applies the few environment overrides ops
 * relies on. Anything missing falls back to the production values below (the Dashboard
 * base URL defaults to https://dashboard.bandwidth.com/api).
 */
public final class ConfigLoader {

    static final String DEFAULT_BASE_URL = "https://dashboard.bandwidth.com/api";
    static final String DEFAULT_RESOURCE = "application.yml";

    private ConfigLoader() {
    }

    public static AppConfig load() {
        String resource = System.getProperty("numberdesk.config", DEFAULT_RESOURCE);
        return load(resource);
    }

    public static AppConfig load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing config resource " + resource);
            }
            AppConfig config = yaml.readValue(in, AppConfig.class);
            applyDefaults(config);
            applyEnvironment(config);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static void applyDefaults(AppConfig config) {
        DashboardSettings d = config.dashboard;
        if (d.getBaseUrl() == null || d.getBaseUrl().isBlank()) {
            d.setBaseUrl(DEFAULT_BASE_URL);
        }
        if (d.getBaseUrl().endsWith("/")) {
            d.setBaseUrl(d.getBaseUrl().substring(0, d.getBaseUrl().length() - 1));
        }
    }

    private static void applyEnvironment(AppConfig config) {
        String password = System.getenv("DASHBOARD_PASSWORD");
        if (password != null) {
            config.dashboard.setPassword(password);
        }
        String callbackPassword = System.getenv("DASHBOARD_CALLBACK_PASSWORD");
        if (callbackPassword != null) {
            config.dashboard.setCallbackPassword(callbackPassword);
        }
        String token = System.getenv("BW_MESSAGING_TOKEN");
        if (token != null) {
            config.messaging.apiToken = token;
        }
    }
}
