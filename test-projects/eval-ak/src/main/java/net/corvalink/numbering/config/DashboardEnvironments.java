package net.corvalink.numbering.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Reads environments.yaml: which Dashboard host each deployment uses.
 */
public final class DashboardEnvironments {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Environment(
            @JsonProperty("dashboard") String dashboard,
            @JsonProperty("messaging") String messaging,
            @JsonProperty("account-id") String accountId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(@JsonProperty("environments") Map<String, Environment> environments) {
    }

    private final Map<String, Environment> environments;

    private DashboardEnvironments(Map<String, Environment> environments) {
        this.environments = environments;
    }

    public static DashboardEnvironments fromClasspath() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = DashboardEnvironments.class.getResourceAsStream("/environments.yaml")) {
            if (in == null) {
                throw new IllegalStateException("environments.yaml missing from the classpath");
            }
            return new DashboardEnvironments(yaml.readValue(in, File.class).environments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Environment current() {
        String name = System.getenv().getOrDefault("NUMBERING_ENV", "production");
        Environment env = environments.get(name);
        if (env == null) {
            throw new IllegalStateException("Unknown NUMBERING_ENV " + name);
        }
        return env;
    }

    public Environment get(String name) {
        return environments.get(name);
    }
}
