package net.harborlight.numops.dashboard;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.springframework.stereotype.Component;

/**
 * Renders the XML request bodies under {@code src/main/resources/templates}.
 */
@Component
public class TemplateRenderer {

    private final Configuration freemarker;

    public TemplateRenderer() {
        this.freemarker = new Configuration(Configuration.VERSION_2_3_32);
        freemarker.setClassForTemplateLoading(TemplateRenderer.class, "/templates");
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
    }

    public String render(String templateName, Map<String, ?> model) {
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load template " + templateName, e);
        } catch (TemplateException e) {
            throw new IllegalStateException("Cannot render " + templateName, e);
        }
    }
}
