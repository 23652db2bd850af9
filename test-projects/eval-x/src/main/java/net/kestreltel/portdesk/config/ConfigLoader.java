package net.kestreltel.portdesk.config;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** Reads application.properties plus portdesk.yaml and flattens both into one Properties object. */
public final class ConfigLoader {

    private ConfigLoader() {
    }

    public static Properties load(String propertiesResource, String yamlResource) {
        Properties props = new Properties();
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(propertiesResource)) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(yamlResource)) {
            if (in != null) {
                Map<String, Object> tree = new Yaml().load(in);
                flatten("", tree, props);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("PORTDESK_")) {
                props.setProperty(k.substring(9).toLowerCase().replace('_', '.'), v);
            }
        });
        return props;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> tree, Properties out) {
        for (Map.Entry<String, Object> e : new LinkedHashMap<>(tree).entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            if (e.getValue() instanceof Map<?, ?> m) {
                flatten(key, (Map<String, Object>) m, out);
            } else if (e.getValue() != null) {
                out.setProperty(key, String.valueOf(e.getValue()));
            }
        }
    }
}
