package net.prairiewave.numbering.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads request templates from the classpath and fills {@code {{name}}} placeholders. */
public final class Templates {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    public static String render(String resource, Map<String, String> values) {
        String text = CACHE.computeIfAbsent(resource, Templates::load);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", e.getValue());
        }
        return text;
    }

    private static String load(String resource) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("Missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
