package net.corvalink.numbering.iris;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * XML request templates under /templates/iris with ${name} placeholders.
 */
public final class Templates {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Templates() {
    }

    public static String render(String name, Map<String, String> values) {
        String template = CACHE.computeIfAbsent(name, Templates::read);
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", XmlSupport.escape(e.getValue()));
        }
        return out;
    }

    private static String read(String name) {
        try (InputStream in = Templates.class.getResourceAsStream("/templates/iris/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
