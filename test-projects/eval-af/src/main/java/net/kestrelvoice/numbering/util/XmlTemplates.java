package net.kestrelvoice.numbering.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Request bodies kept as XML under {@code src/main/resources/templates}. Placeholders are
 * {@code ${name}}; values are XML-escaped.
 */
public final class XmlTemplates {

    public static final String ORDER = "/templates/order-request.xml";
    public static final String IMPORT_TN_ORDER = "/templates/import-tn-order.xml";
    public static final String EXTERNAL_TNS_ORDER = "/templates/external-tns-order.xml";
    public static final String SIPPEER_TN = "/templates/sippeer-tn-update.xml";
    public static final String SUBSCRIPTION = "/templates/subscription.xml";
    public static final String REPORT_INSTANCE = "/templates/report-instance.xml";
    public static final String TN_OPTION_ORDER = "/templates/tn-option-order.xml";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private XmlTemplates() {
    }

    public static String load(String resource) {
        return CACHE.computeIfAbsent(resource, XmlTemplates::read);
    }

    public static String render(String resource, Map<String, String> values) {
        String xml = load(resource);
        for (Map.Entry<String, String> e : values.entrySet()) {
            xml = xml.replace("${" + e.getKey() + "}", escape(e.getValue()));
        }
        return xml;
    }

    static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String read(String resource) {
        try (InputStream in = XmlTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no template " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
