package com.northforktel.numbering.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request bodies kept as classpath resources under {@code templates/}, with {@code {{name}}}
 * placeholders.
 */
public final class Templates {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    public static String load(String resource) {
        return CACHE.computeIfAbsent(resource, Templates::read);
    }

    public static String render(String resource, Map<String, String> values) {
        String text = load(resource);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }

    private static String read(String resource) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("template not found: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
