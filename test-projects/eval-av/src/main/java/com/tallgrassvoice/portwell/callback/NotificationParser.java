package com.tallgrassvoice.portwell.callback;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses the XML body of a Dashboard notification. */
public final class NotificationParser {

    /** A Dashboard order notification, as posted to our callback URL. */
    public record Notification(
            String subscriptionId,
            String orderType,
            String orderId,
            String customerOrderId,
            String status,
            String message,
            List<String> completedNumbers,
            String actualFocDate) {
    }

    private static final Pattern TN = Pattern.compile("\\d{10}");

    public Notification parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element root = doc.getDocumentElement();

            List<String> completed = new ArrayList<>();
            NodeList lists = root.getElementsByTagName("CompletedTelephoneNumbers");
            for (int i = 0; i < lists.getLength(); i++) {
                NodeList numbers = ((Element) lists.item(i)).getElementsByTagName("TelephoneNumber");
                for (int j = 0; j < numbers.getLength(); j++) {
                    String tn = numbers.item(j).getTextContent().trim();
                    if (TN.matcher(tn).matches()) {
                        completed.add(tn);
                    }
                }
            }
            return new Notification(
                    text(root, "SubscriptionId"),
                    text(root, "OrderType"),
                    text(root, "OrderId"),
                    text(root, "CustomerOrderId"),
                    text(root, "Status"),
                    text(root, "Message"),
                    completed,
                    text(root, "ActualFocDate"));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a Dashboard notification", e);
        }
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
