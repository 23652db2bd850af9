package com.harborline.numbering.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads request payload templates from src/main/resources/templates and fills
 * ${placeholders}.
 */
public final class XmlTemplates {

    /** Placeholders that receive pre-rendered XML fragments. */
    private static final Set<String> RAW_KEYS = Set.of("telephoneNumbers");

    private XmlTemplates() {
    }

    public static String load(String name) {
        try (InputStream in = XmlTemplates.class.getClassLoader().getResourceAsStream("templates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(String name, Map<String, String> values) {
        String xml = load(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            String value = RAW_KEYS.contains(e.getKey()) ? e.getValue() : escape(e.getValue());
            xml = xml.replace("${" + e.getKey() + "}", value);
        }
        return xml;
    }

    /** Renders a list of numbers as repeated TelephoneNumber elements. */
    public static String telephoneNumbers(List<String> tns) {
        return tns.stream()
                .map(tn -> "<TelephoneNumber>" + escape(tn) + "</TelephoneNumber>")
                .collect(Collectors.joining());
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
