package net.northvale.voice.provisioning.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request bodies kept as XML files under {@code templates/}, with {@code ${name}} placeholders.
 * Ops can tweak these without a code change.
 */
public final class XmlTemplates {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private XmlTemplates() {
    }

    public static String render(String name, Map<String, String> values) {
        String template = CACHE.computeIfAbsent(name, XmlTemplates::load);
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", XmlSnippets.escape(e.getValue()));
        }
        return out;
    }

    private static String load(String name) {
        try (InputStream in = XmlTemplates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
