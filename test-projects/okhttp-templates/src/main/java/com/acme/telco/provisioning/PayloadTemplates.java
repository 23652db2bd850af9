package com.acme.telco.provisioning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Loads XML payload templates from the classpath and fills in their {placeholders}. */
public final class PayloadTemplates {
    private PayloadTemplates() {
    }

    public static String render(String name, Map<String, String> values) {
        try (InputStream in = PayloadTemplates.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + name);
            }
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> e : values.entrySet()) {
                xml = xml.replace("{" + e.getKey() + "}", e.getValue());
            }
            return xml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
