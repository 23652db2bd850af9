package net.tidewatertel.provisioning.http;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBException;
import javax.xml.bind.Marshaller;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** DOM and JAXB helpers for the Dashboard payloads. */
public final class XmlSupport {

    private XmlSupport() {
    }

    public static Document newDocument(String rootElement) {
        try {
            DocumentBuilder builder = DocumentBuilderFactory.newInstance().newDocumentBuilder();
            Document doc = builder.newDocument();
            doc.appendChild(doc.createElement(rootElement));
            return doc;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Element append(Document doc, Element parent, String name, String text) {
        Element child = doc.createElement(name);
        if (text != null) {
            child.setTextContent(text);
        }
        parent.appendChild(child);
        return child;
    }

    public static String toString(Document doc) {
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Unparseable Dashboard response", e);
        }
    }

    /** Text of every element with the given name, in document order. */
    public static List<String> texts(String xml, String elementName) {
        List<String> values = new ArrayList<>();
        if (xml == null || xml.isEmpty()) {
            return values;
        }
        NodeList nodes = parse(xml).getElementsByTagName(elementName);
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }

    public static String marshal(Object jaxbObject) {
        try {
            Marshaller marshaller = JAXBContext.newInstance(jaxbObject.getClass()).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.FALSE);
            StringWriter out = new StringWriter();
            marshaller.marshal(jaxbObject, out);
            return out.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot marshal " + jaxbObject.getClass().getSimpleName(), e);
        }
    }

    /** Every element with the given name, each unmarshalled on its own. */
    public static <T> List<T> unmarshalAll(String xml, String elementName, Class<T> type) {
        List<T> values = new ArrayList<>();
        if (xml == null || xml.isEmpty()) {
            return values;
        }
        try {
            javax.xml.bind.Unmarshaller unmarshaller = JAXBContext.newInstance(type).createUnmarshaller();
            NodeList nodes = parse(xml).getElementsByTagName(elementName);
            for (int i = 0; i < nodes.getLength(); i++) {
                values.add(unmarshaller.unmarshal(nodes.item(i), type).getValue());
            }
            return values;
        } catch (JAXBException e) {
            throw new IllegalArgumentException("Cannot read " + type.getSimpleName(), e);
        }
    }

    public static <T> T unmarshal(String xml, Class<T> type) {
        try {
            return type.cast(JAXBContext.newInstance(type).createUnmarshaller().unmarshal(new StringReader(xml)));
        } catch (JAXBException e) {
            throw new IllegalArgumentException("Cannot read " + type.getSimpleName(), e);
        }
    }
}
