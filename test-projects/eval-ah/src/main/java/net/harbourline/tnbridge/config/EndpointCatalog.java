package net.harbourline.tnbridge.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code dashboard-endpoints.yaml}: per-environment base URLs and a few fixed endpoint templates
 * the operations team wanted outside of the code.
 */
public class EndpointCatalog {

    private final JsonNode root;

    public EndpointCatalog(JsonNode root) {
        this.root = root;
    }

    public static EndpointCatalog load() {
        return load("dashboard-endpoints.yaml");
    }

    public static EndpointCatalog load(String resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = EndpointCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new EndpointCatalog(yaml.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl(String environment) {
        return root.path("dashboard").path("environments").path(environment).path("base-url").asText();
    }

    public String template(String name) {
        return root.path("dashboard").path("templates").path(name).asText();
    }

    public List<String> drPool() {
        List<String> numbers = new ArrayList<>();
        root.path("dr").path("pool").forEach(n -> numbers.add(n.asText()));
        return numbers;
    }

    public String resolve(String name, String environment, String accountId) {
        return template(name)
                .replace("{base}", baseUrl(environment))
                .replace("{accountId}", accountId);
    }
}
