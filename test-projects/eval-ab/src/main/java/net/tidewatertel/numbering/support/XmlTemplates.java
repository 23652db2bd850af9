package net.tidewatertel.numbering.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads request templates from {@code classpath:iris-templates/} and fills {@code ${name}} placeholders.
 */
@Component
public class XmlTemplates {

    private static final String ROOT = "iris-templates/";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String render(String name, String... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected");
        }
        String text = cache.computeIfAbsent(name, XmlTemplates::load);
        for (int i = 0; i < keyValues.length; i += 2) {
            text = text.replace("${" + keyValues[i] + "}", escape(keyValues[i + 1]));
        }
        return text;
    }

    static String escape(String value) {
        return value == null ? "" : value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String load(String name) {
        try (InputStream in = new ClassPathResource(ROOT + name).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing template " + name, e);
        }
    }
}
