package net.kestrelwave.provisioning.templates;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Renders the XML request bodies kept under resources/templates. */
public class TemplateRenderer {

    private final MustacheFactory factory = new DefaultMustacheFactory("templates");
    private final Map<String, Mustache> cache = new ConcurrentHashMap<>();

    public String render(String name, Object scope) {
        Mustache template = cache.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString();
    }
}
