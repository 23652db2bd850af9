package net.larkspurtel.provisioning.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads XML request templates from {@code /templates} and fills {@code ${name}} placeholders. */
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

    public String raw(String name) {
        return cache.computeIfAbsent(name, PayloadTemplates::load);
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
