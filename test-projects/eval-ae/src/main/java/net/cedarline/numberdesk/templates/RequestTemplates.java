package net.cedarline.numberdesk.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.text.StringSubstitutor;

/**
 * XML request templates with ${placeholder} variables, loaded once from the classpath.
 * Values are inserted verbatim: callers escape what needs escaping.
 */
public class RequestTemplates {

    private static final String FOLDER = "templates/";

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String render(String name, Map<String, ?> values) {
        String template = cache.computeIfAbsent(name, RequestTemplates::load);
        StringSubstitutor substitutor = new StringSubstitutor(values);
        substitutor.setEnableUndefinedVariableException(true);
        return substitutor.replace(template);
    }

    public String raw(String name) {
        return cache.computeIfAbsent(name, RequestTemplates::load);
    }

    private static String load(String name) {
        try (InputStream in = RequestTemplates.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
