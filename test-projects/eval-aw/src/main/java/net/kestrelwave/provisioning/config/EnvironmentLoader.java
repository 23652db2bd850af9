package net.kestrelwave.provisioning.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Loads the environment file named by {@code PROVISIONING_ENV} (prod, staging, dev, legacy-lab).
 * JSON wins over YAML when both exist.
 */
public final class EnvironmentLoader {

    static final String DEFAULT_DASHBOARD_URL = "https://dashboard.bandwidth.com/api";

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    public EnvironmentConfig load(String environment) {
        String env = environment == null ? "dev" : environment.toLowerCase(Locale.ROOT);
        EnvironmentConfig config = read("environments/" + env + ".json", json);
        if (config == null) {
            config = read("environments/" + env + ".yaml", yaml);
        }
        if (config == null) {
            throw new IllegalArgumentException("no environment file for " + env);
        }
        if (config.dashboardBaseUrl() == null || config.dashboardBaseUrl().isBlank()) {
            config = config.withDashboardBaseUrl(DEFAULT_DASHBOARD_URL);
        }
        return config;
    }

    public EnvironmentConfig fromSystemEnvironment() {
        return load(System.getenv().getOrDefault("PROVISIONING_ENV", "dev"));
    }

    private static EnvironmentConfig read(String resource, ObjectMapper mapper) {
        try (InputStream in = EnvironmentLoader.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : mapper.readValue(in, EnvironmentConfig.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + resource, e);
        }
    }
}
