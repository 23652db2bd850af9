package net.kestrelvoice.numbering.callbacks;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Lightweight DOM read of a dashboard callback, for logging and sanity checks before relay. */
public class NotificationParser {

    public record Summary(String orderId, String orderType, String status, List<String> numbers) {
    }

    public Summary summarize(String xml) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = dbf.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            XPath xpath = XPathFactory.newInstance().newXPath();
            String orderId = xpath.evaluate("/Notification/OrderId", doc);
            String orderType = xpath.evaluate("/Notification/OrderType", doc);
            String status = xpath.evaluate("/Notification/Status", doc);
            NodeList nodes = (NodeList) xpath.evaluate("/Notification/CompletedTelephoneNumbers/TelephoneNumber",
                    doc, XPathConstants.NODESET);
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                String tn = nodes.item(i).getTextContent().trim();
                if (!tn.matches("\\d{10}")) {
                    throw new IllegalArgumentException("unexpected number format in callback: " + tn);
                }
                numbers.add(tn);
            }
            return new Summary(orderId, orderType, status, numbers);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("not a dashboard notification", e);
        }
    }
}
