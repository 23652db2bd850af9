package net.prairiewave.numbering.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/** Path templates for the ops CLI, loaded from {@code dashboard-paths.properties}. */
public final class PathCatalog {

    private final Properties paths = new Properties();

    public PathCatalog() {
        try (InputStream in = PathCatalog.class.getClassLoader().getResourceAsStream("dashboard-paths.properties")) {
            if (in != null) {
                paths.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String path(String key, Map<String, String> vars) {
        String template = paths.getProperty("path." + key);
        if (template == null) {
            throw new IllegalArgumentException("Unknown path " + key);
        }
        for (Map.Entry<String, String> v : vars.entrySet()) {
            template = template.replace("{" + v.getKey() + "}", v.getValue());
        }
        return template;
    }
}
