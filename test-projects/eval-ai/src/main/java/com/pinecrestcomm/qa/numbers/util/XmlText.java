package com.pinecrestcomm.qa.numbers.util;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Tiny DOM helper: the Dashboard answers in XML and we rarely need more than element text.
 */
public final class XmlText {

    private XmlText() {
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not a well-formed XML document", e);
        }
    }

    public static List<String> values(String xml, String element) {
        return values(parse(xml), element);
    }

    public static List<String> values(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagName(element);
        List<String> out = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    public static String first(Document doc, String element) {
        List<String> all = values(doc, element);
        return all.isEmpty() ? null : all.get(0);
    }
}
