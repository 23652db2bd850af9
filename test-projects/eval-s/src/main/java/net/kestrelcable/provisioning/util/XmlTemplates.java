package net.kestrelcable.provisioning.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Request bodies kept as XML files under src/main/resources/templates, with ${name} placeholders.
 */
@Component
public class XmlTemplates {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String load(String path) {
        return cache.computeIfAbsent(path, XmlTemplates::read);
    }

    public String render(String path, Map<String, ?> values) {
        String xml = load(path);
        for (Map.Entry<String, ?> e : values.entrySet()) {
            xml = xml.replace("${" + e.getKey() + "}", escape(String.valueOf(e.getValue())));
        }
        return xml;
    }

    private static String read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing template " + path, e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
