package net.harborlight.numops.dashboard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.springframework.stereotype.Component;

/**
 * Parses the XML body of a Dashboard callback.
 */
@Component
public class NotificationParser {

    private final DocumentBuilderFactory factory;

    public NotificationParser() {
        factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (Exception ignored) {
            // parser without the feature: accept
        }
    }

    public DashboardNotification parse(String xml) {
        try {
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document doc = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Element root = doc.getDocumentElement();
            return new DashboardNotification(
                    text(root, "SubscriptionId"),
                    text(root, "OrderType"),
                    text(root, "OrderId"),
                    text(root, "CustomerOrderId"),
                    text(root, "Status"),
                    text(root, "Message"),
                    completedNumbers(root),
                    text(root, "LastModifiedDate"));
        } catch (Exception e) {
            throw new IllegalArgumentException("Unparseable Dashboard notification", e);
        }
    }

    private static List<String> completedNumbers(Element root) {
        List<String> numbers = new ArrayList<>();
        NodeList containers = root.getElementsByTagName("CompletedTelephoneNumbers");
        for (int i = 0; i < containers.getLength(); i++) {
            NodeList tns = ((Element) containers.item(i)).getElementsByTagName("TelephoneNumber");
            for (int j = 0; j < tns.getLength(); j++) {
                numbers.add(tns.item(j).getTextContent().trim());
            }
        }
        return numbers;
    }

    private static String text(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }
}
