package com.tallgrassvoice.portwell.templates;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/** Renders the XML request bodies kept under {@code src/main/resources/templates}. */
public class TemplateRenderer {

    private final VelocityEngine engine;

    public TemplateRenderer() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty("runtime.strict_mode.enable", "false");
        engine = new VelocityEngine(p);
        engine.init();
    }

    public String render(String name, Map<String, ?> model) {
        Template template = engine.getTemplate("templates/" + name);
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }
}
