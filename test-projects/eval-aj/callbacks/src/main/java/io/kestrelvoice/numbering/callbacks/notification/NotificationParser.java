package io.kestrelvoice.numbering.callbacks.notification;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses the {@code <Notification>} body the Dashboard posts.
 */
@Component
public class NotificationParser {

    private static final Logger log = LoggerFactory.getLogger(NotificationParser.class);

    public Notification parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element root = doc.getDocumentElement();

            List<String> completed = new ArrayList<>();
            NodeList lists = root.getElementsByTagName("CompletedTelephoneNumbers");
            if (lists.getLength() > 0) {
                NodeList tns = ((Element) lists.item(0)).getElementsByTagName("TelephoneNumber");
                for (int i = 0; i < tns.getLength(); i++) {
                    completed.add(tns.item(i).getTextContent().trim());
                }
            }
            if (completed.removeIf(tn -> tn.length() != 10)) {
                log.warn("dropped malformed numbers from notification for order {}", text(root, "OrderId"));
            }

            return new Notification(
                    text(root, "SubscriptionId"),
                    text(root, "OrderType"),
                    text(root, "OrderId"),
                    text(root, "CustomerOrderId"),
                    text(root, "Status"),
                    text(root, "Message"),
                    completed,
                    text(root, "LastModifiedDate"));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a Dashboard notification", e);
        }
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        Node node = nodes.getLength() == 0 ? null : nodes.item(0);
        return node == null ? null : node.getTextContent().trim();
    }
}
