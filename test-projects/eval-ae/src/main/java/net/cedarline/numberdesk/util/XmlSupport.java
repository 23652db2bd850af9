package net.cedarline.numberdesk.util;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Small DOM helpers. The Dashboard only speaks XML and we never bothered with JAXB
 * for the hand-written client, so this is what everything parses with.
 */
public final class XmlSupport {

    private XmlSupport() {
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a parseable XML document", e);
        }
    }

    public static List<String> texts(String xml, String tag) {
        return texts(parse(xml).getDocumentElement(), tag);
    }

    public static List<String> texts(Element parent, String tag) {
        List<String> values = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    public static String firstText(String xml, String tag) {
        List<String> values = texts(xml, tag);
        return values.isEmpty() ? null : values.get(0);
    }

    public static Element firstElement(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /** Renders one {@code <TelephoneNumber>} element per entry, each on its own line. */
    public static String tnElements(Collection<String> telephoneNumbers, int indent) {
        String pad = " ".repeat(indent);
        StringBuilder sb = new StringBuilder();
        for (String tn : telephoneNumbers) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(pad).append("<TelephoneNumber>").append(escape(tn)).append("</TelephoneNumber>");
        }
        return sb.toString();
    }

    public static String escape(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
