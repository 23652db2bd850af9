package net.pinecrest.numbertool.dashboard.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the XML request templates under {@code /templates}. Placeholders look like
 * {@code {{name}}}; {@code {{numbers}}} expands to one {@code <TelephoneNumber>} per entry.
 */
public final class TemplateRenderer {

    private TemplateRenderer() {
    }

    public static String load(String name) {
        try (InputStream in = TemplateRenderer.class.getResourceAsStream("/templates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String render(String name, Map<String, String> values, List<String> numbers) {
        String xml = load(name);
        for (Map.Entry<String, String> e : values.entrySet()) {
            xml = xml.replace("{{" + e.getKey() + "}}", escape(e.getValue()));
        }
        if (numbers != null) {
            String tns = numbers.stream()
                    .map(tn -> "<TelephoneNumber>" + escape(tn) + "</TelephoneNumber>")
                    .collect(Collectors.joining("\n    "));
            xml = xml.replace("{{numbers}}", tns);
        }
        return xml;
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
