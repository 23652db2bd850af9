package com.northwind.numbers.iris;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Loads the XML request templates under {@code classpath:templates/} and fills in
 * {@code ${name}} placeholders.
 */
@Component
public class PayloadTemplates {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String render(String name, Map<String, String> values) {
        String template = cache.computeIfAbsent(name, PayloadTemplates::load);
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        return out;
    }

    private static String load(String name) {
        try (InputStream in = PayloadTemplates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
