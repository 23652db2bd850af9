package net.pinecrest.numbertool.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code environments.yml}: the named deployment targets the NOC can pick with
 * {@code pnt --env-name ...}. Each target lists the numbers API and the messaging API it uses.
 */
public final class EnvironmentCatalog {

    public record Target(String name, String dashboard, String messaging, String notes) {
    }

    private final Map<String, Target> targets;

    private EnvironmentCatalog(Map<String, Target> targets) {
        this.targets = targets;
    }

    public static EnvironmentCatalog fromClasspath() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (InputStream in = EnvironmentCatalog.class.getResourceAsStream("/environments.yml")) {
            if (in == null) {
                return new EnvironmentCatalog(Map.of());
            }
            JsonNode root = yaml.readTree(in).path("environments");
            Map<String, Target> byName = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                JsonNode n = e.getValue();
                byName.put(e.getKey(), new Target(e.getKey(), n.path("dashboard").asText(null),
                        n.path("messaging").asText(null), n.path("notes").asText("")));
            }
            return new EnvironmentCatalog(byName);
        } catch (IOException e) {
            throw new UncheckedIOException("environments.yml is unreadable", e);
        }
    }

    public Optional<Target> find(String name) {
        return Optional.ofNullable(targets.get(name));
    }

    public Map<String, Target> all() {
        return Map.copyOf(targets);
    }
}
