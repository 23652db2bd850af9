package net.lumivox.numbering.iris;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

public final class XmlSupport {

    private XmlSupport() {
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Unreadable XML payload", e);
        }
    }

    public static List<String> textOf(String xml, String element) {
        return textOf(parse(xml), element);
    }

    public static List<String> textOf(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagName(element);
        List<String> values = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    public static String first(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagName(element);
        Node node = nodes.getLength() == 0 ? null : nodes.item(0);
        return node == null ? null : node.getTextContent().trim();
    }

    public static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
