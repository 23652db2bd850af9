package com.lumenline.provisioning.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.util.StreamUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Loads request templates from {@code classpath:templates/} and fills {@code {{name}}} placeholders.
 * Values are XML-escaped.
 */
@Component
public class XmlTemplateLoader {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String render(String templateName, Map<String, String> values) {
        String template = cache.computeIfAbsent(templateName, this::load);
        String rendered = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            rendered = rendered.replace("{{" + e.getKey() + "}}", HtmlUtils.htmlEscape(e.getValue()));
        }
        return rendered;
    }

    private String load(String name) {
        try {
            return StreamUtils.copyToString(new ClassPathResource("templates/" + name).getInputStream(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Missing request template " + name, e);
        }
    }
}
