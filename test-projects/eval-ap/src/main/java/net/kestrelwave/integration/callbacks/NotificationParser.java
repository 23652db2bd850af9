package net.kestrelwave.integration.callbacks;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Parses the XML the Dashboard POSTs to our subscription endpoints.
 */
@Component
public class NotificationParser {

    private static final Logger log = LoggerFactory.getLogger(NotificationParser.class);

    public Notification parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document doc = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element root = doc.getDocumentElement();

        List<String> completed = new ArrayList<>();
        NodeList tns = root.getElementsByTagName("TelephoneNumber");
        for (int i = 0; i < tns.getLength(); i++) {
            String tn = tns.item(i).getTextContent().trim();
            if (tn.matches("[0-9]{10}")) {
                completed.add(tn);
            } else {
                log.warn("Ignoring unexpected number {} in notification", tn);
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
                text(root, "LastModifiedDate"),
                text(root, "ActualFocDate"));
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /**
     * Body of a Dashboard order notification callback.
     */
    public record Notification(
            String subscriptionId,
            String orderType,
            String orderId,
            String customerOrderId,
            String status,
            String message,
            List<String> completedNumbers,
            String lastModifiedDate,
            String actualFocDate) {
    }
}
