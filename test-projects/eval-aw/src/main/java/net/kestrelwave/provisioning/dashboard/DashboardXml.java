package net.kestrelwave.provisioning.dashboard;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** XPath helpers for the Dashboard's XML payloads (responses and callbacks alike). */
public class DashboardXml {

    private final DocumentBuilderFactory factory;

    public DashboardXml() {
        factory = DocumentBuilderFactory.newInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public Document parse(String xml) {
        try {
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a Dashboard XML document", e);
        }
    }

    public List<String> texts(String xml, String expression) {
        List<String> values = new ArrayList<>();
        for (Element element : elements(xml, expression)) {
            values.add(element.getTextContent().trim());
        }
        return values;
    }

    public String text(String xml, String expression) {
        List<String> values = texts(xml, expression);
        return values.isEmpty() ? null : values.get(0);
    }

    public List<Element> elements(String xml, String expression) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(expression, parse(xml), XPathConstants.NODESET);
            List<Element> out = new ArrayList<>(nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                if (node instanceof Element element) {
                    out.add(element);
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalArgumentException("bad expression " + expression, e);
        }
    }

    public static String childText(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? null : children.item(0).getTextContent().trim();
    }
}
