package com.bluepinenet.cdrpipeline.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/** Request bodies kept as XML files under classpath:dashboard/templates, with ${name} placeholders. */
@Component
public class XmlTemplates {

    private static final String ROOT = "/dashboard/templates/";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String raw(String name) {
        return cache.computeIfAbsent(name, XmlTemplates::load);
    }

    public String render(String name, Map<String, String> values) {
        String xml = raw(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            xml = xml.replace("${" + e.getKey() + "}", e.getValue());
        }
        return xml;
    }

    private static String load(String name) {
        try (InputStream in = XmlTemplates.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
