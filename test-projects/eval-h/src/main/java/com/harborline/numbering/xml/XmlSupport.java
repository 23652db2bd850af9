package com.harborline.numbering.xml;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** DOM / XPath / StAX plumbing shared by the processors. No Dashboard knowledge in here. */
public final class XmlSupport {

    private static final DocumentBuilderFactory DBF = DocumentBuilderFactory.newInstance();
    private static final XMLInputFactory STAX = XMLInputFactory.newFactory();

    static {
        try {
            DBF.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DBF.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
        STAX.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    }

    private XmlSupport() {
    }

    public static Document parse(String xml) throws Exception {
        DocumentBuilder builder = DBF.newDocumentBuilder();
        return builder.parse(new InputSource(new StringReader(xml)));
    }

    public static XPath xpath() {
        return XPathFactory.newInstance().newXPath();
    }

    public static List<String> texts(Node context, String expression) throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath().evaluate(expression, context, XPathConstants.NODESET);
        List<String> values = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    public static String text(Node context, String expression) throws XPathExpressionException {
        String value = (String) xpath().evaluate(expression, context, XPathConstants.STRING);
        return value == null ? "" : value.trim();
    }

    public static XMLInputFactory stax() {
        return STAX;
    }

    /** Escapes text for inclusion in one of our templates. */
    public static String escape(String raw) {
        return raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
