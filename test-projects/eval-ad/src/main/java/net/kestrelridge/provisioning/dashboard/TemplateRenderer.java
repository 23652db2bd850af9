package net.kestrelridge.provisioning.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Renders the XML request templates under {@code templates/}. Values are XML-escaped unless the
 * placeholder name ends with "Xml" or is one of the list placeholders.
 */
@Singleton
public class TemplateRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    @Inject
    public TemplateRenderer() {
    }

    public String render(String template, Map<String, ?> values) {
        String source = cache.computeIfAbsent(template, TemplateRenderer::read);
        Matcher m = PLACEHOLDER.matcher(source);
        StringBuilder out = new StringBuilder(source.length() + 256);
        while (m.find()) {
            String name = m.group(1);
            Object value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException(template + ": no value for ${" + name + "}");
            }
            String text = String.valueOf(value);
            boolean raw = name.endsWith("Xml") || name.equals("telephoneNumbers");
            m.appendReplacement(out, Matcher.quoteReplacement(raw ? text : escape(text)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code <TelephoneNumber>..</TelephoneNumber>} lines for a {@code ${telephoneNumbers}} placeholder. */
    public static String telephoneNumberElements(Iterable<String> tns) {
        StringBuilder sb = new StringBuilder();
        for (String tn : tns) {
            sb.append("        <TelephoneNumber>").append(escape(tn)).append("</TelephoneNumber>\n");
        }
        return sb.toString();
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String read(String template) {
        String resource = "templates/" + template;
        try (InputStream in = TemplateRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
