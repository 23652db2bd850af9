package net.halyardcomm.backoffice.templates;

import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * Mustache-rendered XML bodies from {@code src/main/resources/templates}. Used for the
 * documents ops wanted to be able to tweak without a code change.
 */
public final class XmlTemplates {

    public static final String EXISTING_TN_ORDER = "existing-tn-order.xml";
    public static final String SIPPEER_TN = "sippeer-tn.xml";
    public static final String SUBSCRIPTION = "subscription.xml";
    public static final String REPORT_INSTANCE = "report-instance.xml";
    public static final String EXTERNAL_TNS_ORDER = "external-tns-order.xml";
    public static final String REMOVE_IMPORTED = "remove-imported-tn-order.xml";

    private final MustacheFactory factory;
    private final Map<String, Mustache> cache = new ConcurrentHashMap<String, Mustache>();

    public XmlTemplates() {
        this.factory = new DefaultMustacheFactory("templates");
    }

    public String render(String name, Map<String, ?> model) {
        Mustache template = cache.computeIfAbsent(name, factory::compile);
        StringWriter out = new StringWriter();
        template.execute(out, model);
        return out.toString();
    }
}
