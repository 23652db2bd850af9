package com.harborline.numbering.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Request bodies for Dashboard are XML templates under {@code src/main/resources/templates}
 * with {@code ${name}} placeholders. Keeping them as files lets ops diff them against the
 * Bandwidth docs without reading Java.
 */
public final class PayloadTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private PayloadTemplates() {
    }

    public static String load(String resource) {
        return CACHE.computeIfAbsent(resource, PayloadTemplates::read);
    }

    public static String render(String resource, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(load(resource));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String value = values.get(key);
            if (value == null) {
                throw new IllegalArgumentException("template " + resource + " needs ${" + key + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code <TelephoneNumber>..</TelephoneNumber>} lines for a list placeholder. */
    public static String telephoneNumberElements(List<String> tns) {
        return tns.stream()
                .map(tn -> "<TelephoneNumber>" + XmlSupport.escape(tn) + "</TelephoneNumber>")
                .collect(Collectors.joining("\n            "));
    }

    /** Camel bean method for the report route. */
    public static String reportInstance() {
        return load("templates/report-instance.xml");
    }

    private static String read(String resource) {
        try (InputStream in = PayloadTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
